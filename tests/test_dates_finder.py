"""The date finder: what it finds in real sentences (offsets, TimeML spans), what it leaves alone, and
every example of the resource tables under pipeline/resources/dates run through the engine."""
import datetime as dt
import re

import pytest

from conftest import calendar
from pipeline.dates import finder, lexicon, tag_dates
from pipeline.dates.timex import timexes
from pipeline.rules import all_tables, load_table
from pipeline.sentences import split_sentences

CNBC = dt.date(2025, 11, 24)     # the dateline of seed 003 (a Monday)


def spans(sentence: str) -> list[str]:
    return [sentence[e.start:e.end] for e in finder.find_expressions(sentence)]


# (family, sentence, the expressions found, TimeML spans)
FOUND = [
    ("full date", "The listing was planned for Nov. 5, 2020, in Shanghai.", ["Nov. 5, 2020"]),
    ("a range of counts is one expression", "The mill said repairs would take two or three weeks.",
     ["two or three weeks"]),
    ("... but 'between' keeps its counts apart, as TimeML does", "Most patients go home after between three to five "
     "days on the ward.", ["five days"]),
    ("full date, day first", "The rules took effect on 3 November 2020.", ["3 November 2020"]),
    ("full date, ordinal day", "The deal closed on November 3rd.", ["November 3rd"]),
    ("ISO date", "The filing is dated 2020-11-03.", ["2020-11-03"]),
    ("year-first date with dots, as Korean filings write it", "The board approved the plan at a meeting on 2025.10.28, "
     "according to the filing.", ["2025.10.28"]),
    ("year-first date with dots and one-digit month or day, as a fact box lists them", "Milestones\n\n2019.7.3 The "
     "retailer opens its first Seoul store\n2021.11.15 K-Mall listing goes live", ["2019.7.3", "2021.11.15"]),
    ("year-first date with dots and one-digit parts after a word that introduces a date", "The regulator cleared the "
     "merger of the two retailers on 2025.3.6, the filing shows.", ["2025.3.6"]),
    ("a dotted version after a product's name is no date", "Users should update to Home Assistant 2024.1.2, the "
     "company said, and the fix also ships with PyCharm 2023.3.4 and later builds.", []),
    ("a number before a magnitude joined to its currency is no year", "The bank arranged a 1500 million-euro loan "
     "for the group, and the state approved a 2000 billion-won plan.", []),
    ("year-first date with slashes", "The tally, published at midnight on 2025/06/19, covers the period from May 13.",
     ["midnight", "2025/06/19", "the period", "May 13"]),
    ("spelled ordinal century", "The eighteenth century gets the largest space, and rightly so.",
     ["The eighteenth century"]),
    ("a capitalised season before another capital names a place", "The vehicles were assembled at its Spring Hill, "
     "Tennessee, plant.", []),
    ("a four-digit number an apposition names as a site or app is that thing's name throughout the text",
     "The grocer is taking 2046, the discount shopping app, to Jakarta. Downloads of 2046 tripled in 2025.", ["2025"]),
    ("... but not one after a preposition, which may open a fronted date", "In 2019, the platform was set up in "
     "Hangzhou, and its sales doubled in 2019.", ["2019", "2019"]),
    ("... nor one that ends a full date", "The founders switched on the shop on June 2, 2004, the site had no fees, "
     "and by 2004 it had 300 sellers.", ["June 2, 2004", "2004"]),
    ("a model year names a product", "Halverson will recall SUVs from the 2019 through 2022 model years and the 2021 "
     "model year.", []),
    ("a season after an indefinite article names a kind", "Prices hit the cap for the first time since February 2021, "
     "when a winter storm knocked out power.", ["February 2021"]),
    ("'spring' after an indefinite article and what the season was like is the season, no spring of water",
     "Growers said an unusually cold spring had cut the cherry crop by a third, while a mineral spring near the "
     "orchards still draws visitors.", ["spring"]),
    ("'spring' after 'a' and a word of strength is one of steel", "Engineers traced the fault to a weak spring in the "
     "door latch and fitted a strong spring in its place.", []),
    ("a count of working days", "The Commission extended its deadline by ten working days to Dec. 16.",
     ["ten working days", "Dec. 16"]),
    ("a speed of service", "Wholesale prices for next-day delivery have fallen back to about $180.", []),
    ("weekday with its date", "The vote was held on Thursday, Oct. 23.", ["Thursday, Oct. 23"]),
    ("month and year", "I lived in the world's second-largest economy for three years, from October 2018 to "
                       "December 2021.", ["three years", "October 2018", "December 2021"]),
    ("month alone", "In February, Ma was among a handful of entrepreneurs who met with Chinese President Xi "
                    "Jinping in a rare meeting.", ["February"]),
    ("year", "The company's reach cannot be overstated from its humble beginnings in 1999.", ["1999"]),
    ("year as an adjective", "Past tensions with Beijing, such as the 2020 Ant Group IPO cancellation, highlighted "
                             "the risks.", ["2020"]),
    ("decade", "The internet boom of the 1990s made Ma rich.", ["the 1990s"]),
    ("quarter", "Net income fell 16% in the third quarter.", ["the third quarter"]),
    ("quarter as an adjective", "Kellogg reported lower third-quarter earnings.", ["third-quarter"]),
    ("quarter code", "Revenue rose 7% in Q3 2024.", ["Q3 2024"]),
    ("holiday with its year", "The antitrust probe began on Christmas Eve 2020.", ["Christmas Eve 2020"]),
    ("quarter named by its last month", "Alibaba posted December-quarter revenue that beat estimates.",
     ["December-quarter"]),
    ("half of a year", "Sales fell in the first half of 2023.", ["the first half of 2023"]),
    ("season", "The company will list this fall.", ["this fall"]),
    ("fiscal year", "Alibaba's revenue for fiscal 2025 rose 6%.", ["fiscal 2025"]),
    ("modified year", "The probe began late last year and ended by mid-2022.", ["late last year", "mid-2022"]),
    ("late as an adjective of a season's coming", "The wet season was late this year, and rice planting slipped.",
     ["this year"]),
    ("end of a year", "The plan runs to the end of 2023.", ["the end of 2023"]),
    ("relative day", "Shares of Alibaba rose 3% yesterday in Hong Kong.", ["yesterday"]),
    ("weekday", "The company said Wednesday it would cut prices.", ["Wednesday"]),
    ("relative week", "Regulators met Ma last week.", ["last week"]),
    ("count back", "The company was founded two years ago.", ["two years ago"]),
    ("anaphoric year", "Profit rose to $2.8 billion from $2.4 billion a year earlier.", ["a year earlier"]),
    ("year-earlier period", "Profit fell from the year-earlier period.", ["the year-earlier period"]),
    ("duration", "What followed was four years of pressure on Ma's empire.", ["four years"]),
    ("adjectival duration", "Workers faced a 16-hour day.", ["16-hour"]),
    ("vague past", "Alibaba had faced challenges in recent years.", ["recent years"]),
    ("present", "Ma is now back in favor.", ["now"]),
    ("clock time", "Trading resumed at 10:35 a.m. on Friday.", ["10:35 a.m.", "Friday"]),
    ("a clock time without stops leaves the full stop to its sentence", "A fire was reported in grassland near "
     "Raglan, about 20 kilometres east of Ararat, at 2.40pm. The first death was confirmed at 11am.",
     ["2.40pm", "11am"]),
    ("weekday and part of the day", "The shares fell Friday morning.", ["Friday morning"]),
    ("a clock time in brackets after another is that time in another zone, not a year", "The company will publish "
     "its figures at about 7:30 a.m. New York time (1130 GMT) and hold a conference call with analysts an hour later.",
     ["about 7:30 a.m. New York time", "an hour later"]),
    ("set", "Qantas plans daily flights between Sydney and Bombay.", ["daily"]),
    ("holiday", "Nowhere is the brand more evident than during Singles Day.", ["Singles Day"]),
    ("spoken decade", "The brand was big in the '80s.", ["the '80s"]),
    ("spoken year", "In nineteen ninety-one Charles Keating was convicted in state court.", ["nineteen ninety-one"]),
    ("spoken year of a month", "January nineteen ninety-seven. Atlanta again.", ["January nineteen ninety-seven"]),
    ("spoken year after year", "His promise to halve unemployment by the year two thousand has been abandoned.",
     ["year two thousand"]),
    ("fraction of a count", "Refugees lived in U.N.-run camps for 2 1/2 years.", ["2 1/2 years"]),
    ("half after the unit", "But a minute and a half later, a pilot from a nearby flight called.",
     ["a minute and a half later"]),
    ("a month named the past way", "Ogden Projects scrapped the business this past spring.", ["this past spring"]),
    ("a season a weather record is set in", "Vineyards in Burgundy picked early after France's hottest spring since "
                                            "1947.", ["spring", "1947"]),
    ("a year right before 'spring' and its noun makes it the season; a preposition after 'fall' keeps it a drop",
     "Resorts expect a busy 2026 spring season, though the 2008 fall in prices still haunts them.",
     ["2026 spring", "2008"]),
    ("possessive weekday", "Investigators said last month's discovery of a rifle was key.", ["last month"]),
    ("the last half of a year", "Anheuser said its new strategy will mean lower-than-anticipated earnings for the "
                                "last half of 1989 and for 1990.", ["the last half of 1989", "1990"]),
    ("the last half of a decade keeps the decade alone", "Anheuser noted that \"beer industry sales volume is 1989 "
                                                         "is following the trend that has characterized the last half "
                                                         "of the '80s, with sales volume being essentially flat\"",
     ["1989", "the '80s"]),
    ("the week of a day", "The dispute may finally be resolved in a court hearing the week of March 6, Manuel "
                          "Gonzalez said.", ["the week of March 6"]),
    ("a preposition after a noun is no approximation", "Investors will focus on any commentary about Singles Day.",
     ["Singles Day"]),
    ("on or about is one", "The company expects to complete the exchange on or about June 30, 2026.",
     ["on or about June 30, 2026"]),
    ("about after a preposition approximates", "The talks lasted until about March.", ["about March"]),
    ("a word comparing an amount before a day is its preposition", "Under Tuesday's deal, landing fees at the "
     "airport fall by a fifth.", ["Tuesday"]),
    ("a filler word before a shift is no part of it", "Also on the calendar next week: JD.com's investor day.",
     ["next week"]),
    ("an ISO date before a clock time", "Xinhua | Updated: 2025-11-12 09:42", ["2025-11-12", "09:42"]),
    ("a day before a clock time", "By Reuters | Nov. 10 14:05 | Hong Kong", ["Nov. 10", "14:05"]),
    ("split years before a noun of the year are no counts of years", "The levy rises in the 2026-27 and 2027-28 "
     "financial years.", ["2026-27", "2027-28"]),
    ("a quarter named by its months with to", "The ONS revised its estimate for growth in the July-to-September "
     "period to 0.3% from 0.1%.", ["the July-to-September period"]),
    ("that before a determiner is a conjunction", "Analysts had hoped in January that the year would reach $9 "
     "billion.", ["January", "the year"]),
    ("a weekday in apposition names the date before it", "On July 5, a Saturday, the three platforms together "
     "handled more than 250 million orders.", ["July 5, a Saturday"]),
    ("a weekday set off by dashes after a full date is that date", "The probe's flyby is due on Sept. 9, 2030 \u2014 "
     "a Monday \u2014 mission staff said.", ["Sept. 9, 2030 \u2014 a Monday"]),
    ("a year before a code of letters and digits names an asteroid", "Astronomers said asteroid 2024 PT5 would pass "
     "the Earth again in 2055.", ["2055"]),
    ("a number after a resolution is its number", "The council said Resolution 2231 lapsed in October.", ["October"]),
    ("a number after a stock code and its colon is the code", "Qingfeng Holdings (Stock Code: 2317) will report "
     "its results in March.", ["March"]),
    ("that point of the year is compared across years", "Gas storage was at its lowest for this time of the year "
                                                         "since 2018.", ["2018"]),
    ("a month that is also a verb after every is a set", "Its dividend is paid every May, August and November.",
     ["every May", "August", "November"]),
    ("that point in the year is compared across years", "Wildfires have burned 1.2 million acres, well above the "
     "ten-year average for this point in the year.", ["ten-year"]),
    ("the second half of a month is that month's", "Rents eased in the second half of March, the agency said.",
     ["March"]),
    ("two months joined by to, the second also a verb", "The regulator set the cap for January to March on "
                                                         "Friday.", ["January", "March", "Friday"]),
    ("a month that is also a verb before a survey", "Three in ten users named it in a May survey of shoppers.",
     ["May"]),
    ("a weekday told by its place in a month", "Parliament will sit again on the third Monday in January, the clerk "
     "said.", ["the third Monday in January"]),
    ("no mixed duration with the larger unit second", "It took ten days and two months.", ["ten days", "two months"]),
    ("a weekday told as the last of its kind in a month", "The fair closes on the last Saturday of August, its "
     "organisers said.", ["the last Saturday of August"]),
    ("a month that is also a verb after a survey's noun and its 'for'", "The services PMI for March signalled "
     "a slowdown in hiring.", ["March"]),
    ("... but not after a bare 'for'", "Campaigners will march for better pay.", []),
    ("a year after a preposition stays before 'now', no count of things", "The bond matures in 2030 now instead of "
     "2027.", ["2030", "now", "2027"]),
]


# (sentence, article date, expression, table `when`: the expression is found whole and placed once)
RESOLVED = [
    ("The regulator said on Wednesday that the cap for January to March would rise 2%.", dt.date(2025, 8, 27),
     "January to March", "2026-01/2026-03"),
    ("Three in ten users named the app in a May survey of shoppers.", dt.date(2025, 9, 24), "May", "2025-05"),
    ("The probe's flyby is due on Sept. 9, 2030 \u2014 a Monday \u2014 mission staff said.", dt.date(2025, 9, 24),
     "Sept. 9, 2030 \u2014 a Monday", "2030-09-09"),
    ("Rents eased in the second half of March, the agency said.", dt.date(2025, 9, 24), "March", "2025-03"),
    ("Parliament will sit again on the third Monday in January, the clerk said.", dt.date(2025, 11, 24),
     "the third Monday in January", "2026-01-19"),
    ("The growers met on the last weekend of summer and again on the first Friday of October.", dt.date(2025, 11, 24),
     "the first Friday of October", "2025-10-03"),
    ("The fair will close on the last Saturday of August, its organisers said.", dt.date(2025, 11, 24),
     "the last Saturday of August", "2026-08-29"),
    ("Turnout fell at the annual meeting, held on the final Thursday in June 2024.", dt.date(2025, 11, 24),
     "the final Thursday in June 2024", "2024-06-27"),
    ("The vote was held on Nov. 2. The notice had gone out at least 21 days before the vote.", dt.date(2025, 11, 24),
     "at least 21 days before the vote", "2025-10-12"),
    # (a month that is also a noun or a verb, right after a determiner and before a disaster's noun, is a month)
    ("Insurers are still paying claims from a May storm that tore roofs off in the port.", dt.date(2025, 11, 24),
     "May", "2025-05"),
    # ("closes in" a month is a timetable's: the nearest such month)
    ("The rights issue, which in London closes in March, is fully underwritten.", dt.date(2025, 11, 24),
     "March", "2026-03"),
    # (a survey's "signalled" is a reading, no plan, whatever noun follows it)
    ("The official PMI signalled shrinking output in the first quarter, the statistics bureau said.",
     dt.date(2026, 4, 10), "the first quarter", "2026-Q1"),
    # (what analysts "expected" of a sum told before them is an estimate made then)
    ("Profit came to 880 million yuan, short of the 950 million yuan analysts expected in August.",
     dt.date(2025, 11, 24), "August", "2025-08"),
    # (a balance sheet or a statement is drawn up as at a day: "year-end" before one keeps its date)
    ("The lender's year-end statements showed loans of $12 billion.", dt.date(2026, 2, 10), "year-end", "2025"),
    # (a bare "month-end" is read as "year-end" is: the month under way's end, the last one gone in the past)
    ("Importers will buy dollars ahead of month-end, dealers said.", dt.date(2025, 9, 15), "month-end", "2025-09"),
    ("The central bank's reserves stood at $61 billion at month-end.", dt.date(2025, 9, 15), "month-end", "2025-08"),
    ("Hotels on the coast are fully booked for the coming Easter weekend.", dt.date(2026, 2, 10),
     "the coming Easter weekend", "2026-W14-WE"),
    ("A bag of mini eggs cost 3 euros two Easters ago, the survey found.", dt.date(2026, 3, 20),
     "two Easters ago", "2024-03-31"),
    ("The butcher sold his last goose three Christmases ago.", dt.date(2026, 1, 20),
     "three Christmases ago", "2023-12-25"),
    ("Stall rents in the night market were half as high two Lunar New Years ago.", dt.date(2026, 3, 10),
     "two Lunar New Years ago", "2025-01-29"),
    # (a holiday of several words is counted back by its last word in the plural)
    ("Rooms in the old town cost a third less two New Years ago.", dt.date(2026, 3, 10),
     "two New Years ago", "2025-01-01"),
    # (a season counted back: "last winter", in November, is the one that ended in February, the first back)
    ("The lake froze over three winters ago, the last time it did.", dt.date(2026, 11, 10),
     "three winters ago", "2023-WI"),
    # (a holiday or season counted back after "the past" or "the last" is the stretch of that many, the last one gone)
    ("Toy shops have had a poor run over the past three Christmases.", dt.date(2026, 3, 20),
     "the past three Christmases", "2023-12-25/2025-12-25"),
    ("The beach bars have lost money in each of the last two summers.", dt.date(2026, 3, 20),
     "the last two summers", "2024-SU/2025-SU"),
    # (... and after "the next" or "the coming", the stretch from the next one on, as "next winter" opens it)
    ("The ski lifts will run on snow cannons alone for the next three winters, the operator said.",
     dt.date(2026, 2, 12), "the next three winters", "2026-WI/2028-WI"),
    ("Toy makers are planning for thin sales over the coming two Christmases.", dt.date(2026, 3, 20),
     "the coming two Christmases", "2026-12-25/2027-12-25"),
    # (an elided unit after "this" and a unit: "last" and "next" closing the comparison or pair)
    ("The utility will pay twice as high a dividend this year as last.", dt.date(2025, 11, 24), "last", "2024"),
    ("Office rents will rise this quarter and next, the agency said.", dt.date(2026, 5, 4), "next", "2026-Q3"),
    # ("or two" after one unit is a rough count of it, as "or so" is: the count back still places its month)
    ("The ferry line was shut a month or two ago after a storm damaged its pier.", dt.date(2026, 3, 10),
     "a month or two ago", "2026-02"),
    # (a count told as a range is one expression, read at its larger count)
    ("The two utilities agreed the merger terms two to three months ago, a person familiar with the talks said.",
     dt.date(2026, 6, 10), "two to three months ago", "2026-03"),
    ("The port operator said the dredging work would be finished within two or three weeks.",
     dt.date(2026, 6, 10), "two or three weeks", "2026-06-10/2026-07-01"),
    # a year in the possessive owns the period after it, however far from the article date
    ("Store traffic fell 6% in 2024's second half, the retailer said in its annual report.",
     dt.date(2026, 6, 10), "2024's second half", "2024-H2"),
    ("The refinery is due to restart in 2027's first quarter, the operator said.",
     dt.date(2026, 6, 10), "2027's first quarter", "2027-Q1"),
    # ... and is the determiner of "final" there, as "its" is
    ("The refinery is due to restart in 2027's final quarter, the operator said.",
     dt.date(2026, 6, 10), "2027's final quarter", "2027-Q4"),
    # ... and of "last", which is then the final part, not the one before now
    ("Copper output at the mine fell 9% in 2025's last quarter as the rains came early.",
     dt.date(2026, 6, 10), "2025's last quarter", "2025-Q4"),
    ("Store traffic recovered in 2025's last half, the retailer said.",
     dt.date(2026, 6, 10), "2025's last half", "2025-H2"),
    # a name's possessive before "final quarter" stands for the article: the fourth quarter
    ("Halden's final quarter was its weakest, the shipbuilder's annual report showed.",
     dt.date(2026, 6, 10), "final quarter", "2025-Q4"),
    # (a name's "last quarter" is still its latest)
    ("Halden's last quarter was its weakest, the shipbuilder said.",
     dt.date(2026, 6, 10), "last quarter", "2026-Q1"),
    # a year split across two with its second year written whole is that fiscal year, as "2025/26" is
    ("Parliament will debate the 2026/2027 budget in October, the speaker said.",
     dt.date(2026, 8, 3), "2026/2027", "FY2027"),
    # a deal noun right before "starting in" tells when that deal starts, still ahead in a past reporting clause
    ("The miner said on Monday it was negotiating with smelters for contracts starting in the second half.",
     dt.date(2026, 2, 11), "the second half", "2026-H2"),
]


@pytest.mark.parametrize("sentence,anchor,expression,when", RESOLVED, ids=[r[2] for r in RESOLVED])
def test_a_found_expression_is_placed_whole_on_the_calendar(sentence, anchor, expression, when):
    placed = calendar(sentence, anchor)
    assert [w for text, w in placed if text == expression] == [when]


@pytest.mark.parametrize("family,sentence,expected", FOUND, ids=[f[0] for f in FOUND])
def test_each_family_of_expressions_is_found_with_its_exact_span(family, sentence, expected):
    assert spans(sentence) == expected


NOT_DATES = [
    ("seasons in the plural not counted back", "Summers in Seville get hotter, and winters are no longer wet."),
    ("a season that is also a noun, counted in the plural before 'in' or 'of', is the noun",
     "The index has recovered from the last two falls in oil prices, and the past three springs of the valley dried "
     "up."),
    ("a season that is also a noun, told once after 'the last' and 'in' a word in lower case, is the noun",
     "Miners have yet to recover from the last fall in copper prices, traders said."),
    ("daily before a newspaper's name and a verb of its reporting is the paper",
     "The state-backed daily Prensa Libre reported that the port strike had ended."),
    ("we is not Wednesday", "Below, we delve into how this shift has rehabilitated Alibaba."),
    ("a holiday before the stock a shop lays in for it names the goods",
     "Toy importers said their Easter inventory and Christmas stock were still stuck at the port."),
    ("a weekday abbreviation in capitals with no date after its full stop is an acronym",
     "Importers who file late will be audited by the SAT. Fines start at 5,000 pesos."),
    ("may the verb is not May", "The government's support may have further fueled Alibaba's resurgence."),
    ("overnight as an adjective of a staff", "Bristol City Council said it had spent £1.2m since the theft on new "
                                             "cameras, alarms and overnight guards."),
    ("overnight as an adjective of a central bank's rate", "Bank Negara Malaysia last changed its overnight policy "
                                                           "rate by 25 basis points."),
    ("a holiday that names a season's trading", "It was its best Christmas performance in a decade."),
    ("a fall after a superlative of size is a drop", "Copper posted its sharpest fall in a decade."),
    ("a weekday joined to -only names a weekly service", "Commuters will have to rely on the Friday-only ferry to "
                                                         "the island until the pier is rebuilt."),
    ("a holiday that names the trade of its season", "Tree growers in Oregon fear the drought will cost them much of "
                                                      "the Christmas market."),
    ("overnight of how sudden a change was", "\"We lost volume, and the American market became much harder "
                                            "overnight,\" said the co-operative's director."),
    ("overnight of what will not happen fast", "A turnaround of that size will not happen overnight, analysts said."),
    ("overnight after a negated verb says how sudden", "My view: the subsidy war will not end overnight, and it "
                                                       "will not end with a knockout."),
    ("the calendar year a company follows is a calendar, not a year", "Most of the companies in the index follow the "
                                                                     "calendar year."),
    ("a fiscal calendar told by its months is a calendar, not a span", "Wipro, like its rivals, has an April-March "
                                                                       "fiscal year and reports in rupees."),
    ("overnight after a negated verb and its object says how sudden", "\"Banks don't swap their core systems "
                                                                      "overnight,\" the consultant said."),
    ("today's people of an era name no day", "Today's shoppers compare prices on three apps before they buy."),
    ("the year a deal led is the year it ranks in", "Bankers said the HK$9 billion float of the battery maker "
                                                    "headed the year."),
    ("march the verb is not March", "Protesters march to the square every day."),
    ("a capitalised may that is a verb", "May the best company win, Ma said."),
    ("a name that looks like a month", "Czech Foreign Minister Jan Kavan said he was in Kansas City."),
    ("a newspaper that looks like a weekday", "The Sun reported the merger."),
    ("an ordinal is not a duration", "The company made a second attempt."),
    ("a rank is not a date", "Here are the top 10 frequently asked questions."),
    ("an amount is not a year", "It leverages its 1 billion+ annual active consumers."),
    ("a share price is not a date", "The dividend is $2.50 a share."),
    ("a dollar amount is not a year", "The company paid $2000 for the domain."),
    ("a count is not a year", "About 2000 people attended the gala."),
    ("an age is not a decade", "He's in his early 60s now, but he's still pretty vibrant."),
    ("an age is not a duration", "Elian, the 6-year-old Cuban, stayed in Miami."),
    ("a fraction is not a quarter", "Iraq imports about three-quarters of its foodstuffs."),
    ("a percentage is not a year", "Revenue rose 2020% in a year of growth."),
    ("a count in words is not a spoken year", "About twelve hundred students marched through Rome."),
    ("an amount in words is not a spoken year", "He sold nineteen twenty-dollar bills."),
    ("a daily newspaper is no recurring day", "The Communist Party daily Granma compared Elian with revolutionary "
                                             "heroes."),
    ("a daily that reports is a newspaper", "The daily said the deal would close soon."),
    ("a count of quarters in a row is no quarter", "Margins widened for a ninth consecutive quarter."),
    ("a quarter told with a game's score is a quarter of the game", "The Knicks led 88-80 early in the fourth "
     "quarter, but Brunson missed two baskets in the final quarter and the Celtics outscored them 31-18 in the third "
     "quarter."),
    ("a race time in hours, minutes and seconds is no clock time",
     "Kiprop won the race in 2:05:48, breaking the course record of 2:06:13."),
    ("a split of minutes and seconds is no clock time", "A 5km split of 14:41 between 30km and 35km broke the field."),
    ("a clock time in square brackets is a place in a recording",
     "Show notes:\n[00:00] Welcome back\n[14:20] Why the licence mattered more than the benchmark scores"),
    ("the first half of a race is no half-year", "His first half of 62:31 was the fastest in the race's history."),
    ("a web address is no year", "Its wholesale marketplace, 1688.com, is due to hold a supplier conference."),
    ("a fall that reflects something is a decline", "Economists said the fall reflected the usual slowdown."),
    ("a contract month names a product", "U.S. West Texas Intermediate crude for January fell 0.3% to $58.47."),
    ("a month before contract is a contract", "The more active February contract was little changed at $62.85."),
    ("a month and year before a benchmark is a contract", "Further out, December 2026 Brent traded at $62.40."),
    ("a month of delivery is a contract", "Dutch TTF gas futures for August delivery rose 6% to 41.50 euros."),
    ("a number before -series is a model", "Its best-selling model, the 1800-series hammer drill, outsold rivals."),
    ("at least part of the week is no particular week", "Millions of people worked from home at least part of the "
                                                         "week."),
    ("a clock time on a Sunday is no particular day", "The lights are on at 9 p.m. on a Sunday."),
    ("a season before a word and outlook names a report", "The grid operator's winter demand outlook warns of "
                                                           "tight margins."),
    ("a gala named by its festival is a show, not the festival's day", "The humanoid robots danced on the Spring "
     "Festival Gala, watched by hundreds of millions of viewers."),
    ("a number after a market stall or a departure gate is its number", "The baker at stall 1987 said queues were "
     "short, as passengers waited at gate 2011."),
    ("a year before a bottle of a drink is its vintage", "A 1978 bottle of Dalmore sold for 9,500 pounds."),
    ("a superlative over the year with two words before its noun", "For ferry firms it is the busiest domestic "
     "holiday weekend of the year."),
    ("month-end before a noun is a kind of flow", "The rand slipped on month-end dollar demand from importers."),
    ("a capitalised noon opening a sentence before a participle and by is a company", "Delivery apps are cutting "
     "fees. Noon, owned by a Dubai developer, has waived them for a month."),
    ("a weekday of an ordinary week is any such day", "Tickets sold on the first morning were four times those of "
                                                      "an ordinary Monday."),
    ("a year between an owner's brand name and label is the brand's", "The winery bottles its Cape Point 1692 label "
                                                                        "only in good years."),
    ("the same day as in a place is a release elsewhere, no day", "The studio wants its next film to open in Seoul on "
     "the same day as in Los Angeles."),
    ("'overnight' in a noun phrase naming a tax is a charge per night, no night",
     "The resort towns voted to raise the overnight guest tax, and the capital doubled its overnight levy."),
    ("a year closing a lettered reference after its serial number is part of the reference",
     "The gaming authority cancelled permit LGC/RB/88/2017 held by the operator's local arm."),
    ("an ordinal and 'full' before a quarter count the owner's own quarters, no calendar quarter",
     "The battery plant broke even in its second full quarter of production, the owners said."),
    ("the two months a season runs between in a place a side clause names are that place's custom",
     "Exporters fear the hurricane season, which in the Caribbean runs from June to November."),
    ("a year in brackets before a company's legal form is part of its name",
     "Barbados Shipping and Trading (1984) Ltd sold its bottling arm to a rival."),
    ("two years far apart after a slash are a number, no year split across two",
     "The shippers' claims fall under Regulation 1308/2013 of the European Union."),
    ("a holiday counted again after 'a second' and likened for a trade is a figure of speech",
     "The heatwave was a second Christmas for the ice-cream makers."),
    ("four digits no year near ours can be after a make and a hyphen are a model's number",
     "The co-op bought ten Kirovets-1250 loaders and a Lada-2131 van for its orchards."),
    ("'the fall in' a price or an amount of trade is a drop, no autumn",
     "Growers expect a similar crop despite the fall in world tea prices and the fall in export volumes."),
]


@pytest.mark.parametrize("case,sentence", NOT_DATES, ids=[n[0] for n in NOT_DATES])
def test_words_that_only_look_like_dates_are_left_alone(case, sentence):
    found = [t for t in timexes(sentence, CNBC) if t["type"] in ("DATE", "TIME", "SET")]
    assert found == [] or all(t["text"].lower() in ("now", "a year", "every day") for t in found), found


@pytest.mark.parametrize("text, anchor", [
    pytest.param("Readers who subscribe online will get the first three months free.", CNBC,
                 id="the_first_months_a_subscriber_gets_free_are_a_length_of_use"),
    pytest.param("Because Ramadan follows the lunar calendar, it starts about 11 days earlier each year.",
                 dt.date(2026, 2, 10), id="days_earlier_each_year_tell_how_far_a_lunar_holiday_moves"),
])
def test_a_length_of_use_or_a_holiday_s_yearly_shift_makes_no_row(text, anchor):
    assert [m.text for m in tag_dates(text, anchor) if m.on_calendar] == []


def test_a_weekday_heading_and_the_part_of_the_day_opening_the_paragraph_under_it_are_not_joined():
    text = ("THURSDAY, JULY 16\n\nMorning - Containment rises to 22%. Some residents of Bodfish will be allowed to "
            "return home starting at noon.")
    assert spans(text)[0] == "THURSDAY, JULY 16"


def test_an_index_that_gained_points_in_the_fourth_quarter_keeps_its_calendar_quarter():
    found = [(t["text"], t["value"]) for t in timexes("The Dow gained 400 points in the fourth quarter.", CNBC)]
    assert len(found) == 1 and found[0][0] == "the fourth quarter" and found[0][1].endswith("-Q4")


def test_a_month_that_is_also_a_verb_is_read_as_the_second_month_of_a_list():
    text = ("Holloway skipped the team's voluntary workouts in April and May and did not report when camp opened on "
            "July 21, though he was at the team's facility most days.")
    assert spans(text)[:3] == ["April", "May", "July 21"]
    assert "May" not in spans("The company will report results in April and may raise its dividend.")


def test_offsets_point_into_the_text_as_read_with_its_typographic_characters():
    text = "On a cold November\u00a0evening in Shanghai in\u00a02020, the IPO was canceled \u2013 by 2030 it\u2019s AI."
    for e in finder.find_expressions(text):
        assert text[e.start:e.end].strip() == text[e.start:e.end]
    assert spans(text) == ["November", "2020", "2030"]


def test_a_clause_about_the_past_and_one_about_a_plan_get_their_tense():
    past = "In February, Ma was among a handful of entrepreneurs."
    plan = "The company will launch the app in February."
    low_past, low_plan = finder.lower_form(past), finder.lower_form(plan)
    assert finder.clause_tense(past, low_past, 4, 12) == "past"
    assert finder.clause_tense(plan, low_plan, plan.index("February"), len(plan) - 1) == "future"


def test_a_relative_clause_that_looks_ahead_keeps_its_date_though_the_main_verb_after_it_is_past():
    text = "Yields on the notes that mature in October climbed to 4.1% after the auction."
    start = text.index("October")
    assert finder.clause_tense(text, finder.lower_form(text), start, start + 7) == "future"
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2025, 5, 12))] == [("2025-10", True)]
    gone = "The notes that matured in October climbed to a premium."
    assert [m.when for m in tag_dates(gone, dt.date(2025, 5, 12))] == ["2024-10"]


CLAUSE_TENSES = [
    ("an_abbreviation_or_an_initial_does_not_end_the_clause_that_gives_the_tense",
     "Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.",
     "Feb. 1", "future"),
    ("a_subject_opened_by_with_keeps_its_verb_in_the_past",
     "Shareholders with large stakes in the fund objected on Nov. 8.",
     "Nov. 8", "past"),
    ("a_present_passive_is_no_past",
     "The Miami relatives may lose a fight to keep him when the case is heard in May.",
     "May", ""),
    # ("ends with" is a timetable's verb in the present, no past)
    ("rose_after_the_is_a_name_not_a_verb_in_the_past",
     "The tour ends with three nights at the Rose Bowl in Pasadena, California, in late September.",
     "late September", "schedule"),
    ("dynamic_pricing_is_a_noun_not_markets_pricing_in_a_move",
     "The UK's Competition and Markets Authority opened an inquiry into dynamic pricing in the spring.",
     "the spring", "past"),
    ("to_run_from_after_a_verb_in_the_past_is_no_timetable_of_now",
     "In 2020, Alibaba widened the window to run from November 1 to November 11 and reported 498.2 billion yuan.",
     "November 1", "past"),
    ("as_planned_tells_a_happening_went_by_its_plan_not_a_plan_still_to_come",
     "The rescheduled final went ahead as planned on Sunday, in front of 60,000 fans.",
     "Sunday", "past"),
    ("as_scheduled_tells_a_happening_went_by_its_plan_not_a_plan_still_to_come",
     "Polls opened as scheduled at 7 a.m. on Thursday despite the storm.",
     "Thursday", "past"),
    ("as_expected_is_no_forecast",
     "As expected, Kellogg reported lower third-quarter earnings.",
     "third-quarter", "past"),
    ("a_forecast_after_a_relative_clause_on_a_season_s_noun_governs_the_season",
     "Coffee exports in the 2025-26 season, which started in October, are expected to reach 29 million bags.",
     "2025-26", "future"),
    ("a_name_of_two_capitalised_words_is_singular_whatever_its_last_word",
     "Capital Economics, which cut its forecast for the rupee in July, is due to update it on Monday.",
     "July", "past"),
    ("a_background_clause_in_the_present_after_a_day_tells_it_ahead",
     "Hoteliers in Tromso are counting on March 20, when the aurora season peaks over the fjords.",
     "March 20", "future"),
    ("a_background_clause_in_the_past_after_a_day_leaves_it_past",
     "Hoteliers in Tromso did well on March 20, when the aurora lit up the fjords.",
     "March 20", "past"),
    # a participle that qualifies the object of a verb of the future, with a phrase of its own before the date, only
    # says which things the verb is about: the date is the future's; one right after the participle is its own
    ("a_participle_of_the_future_s_object_with_its_own_phrase_leaves_the_date_to_the_future",
     "The carmaker will sell pickups made in Mexico in May, its sales chief said.",
     "May", "future"),
    ("so_after_a_gerund_object_in_a_clause_reported_from_the_past",
     "Lumora said it would start selling e-bikes built around Japanese-made motors in the third quarter.",
     "the third quarter", "future"),
    ("so_after_the_infinitive_of_a_plan",
     "The handset maker plans to ship phones made in India from the autumn.",
     "the autumn", "future"),
    ("a_date_right_after_the_participle_of_the_future_s_object_is_the_participle_s",
     "The bank will refund overdraft fees paid in January to about 40,000 customers.",
     "January", "past"),
    ("a_date_right_after_a_participle_of_the_future_s_bare_plural_object_is_the_participle_s",
     "Auditors will examine grants awarded in February, the ministry said.",
     "February", "past"),
    ("a_phrase_intact_into_a_period_reaches_ahead",
     "Dealers said the rally in copper looks intact into the third quarter.",
     "the third quarter", "future"),
    ("a_phrase_intact_into_a_period_right_after_a_verb_in_the_past_tells_what_held_then",
     "The lender's winning streak stayed intact into the third quarter.",
     "the third quarter", "past"),
    ("... and so does a phrase of momentum after a past verb",
     "The auction house had momentum into the spring season.",
     "the spring", "past"),
    ("an expectation nobody held tells a surprise that came, no forecast",
     "No one expected the refinery to restart in November, analysts said.",
     "November", "past"),
    ("... and so does such a phrase after a past verb and an adverb like still",
     "Demand for the insurer's annuities was still intact into the fourth quarter, brokers said.",
     "the fourth quarter", "past"),
    ("a_participle_after_a_past_verb_keeps_its_date_past",
     "The toolmaker reported orders placed in June by European distributors.",
     "June", "past"),
    ("a_participle_qualifying_the_subject_keeps_its_date_past",
     "Provincial forecasts published in December showed a wider deficit.",
     "December", "past"),
    ("a_verb_in_the_past_after_a_coordinator_is_its_own_clause_s_not_a_participle",
     "The mill will shut and 300 workers lost their jobs at the site in March.",
     "March", "past"),
    ("a_past_auxiliary_after_the_future_is_a_verb_of_its_own_clause",
     "The port operator's bond due 2029 was little changed on Friday.",
     "Friday", "past"),
    ("a_participle_after_a_preposition_s_noun_may_tell_its_own_past",
     "The utility will build 12 substations under a contract signed with the province in April.",
     "April", "past"),
    ("a_participle_signed_in_after_a_noun_tells_its_own_past",
     "The utility will build 12 substations with a credit line signed in the spring.",
     "the spring", "past"),
    ("a_reported_clause_inside_a_side_clause_has_its_own_tense",
     "Shares slid after the miner warned that output for the year to June would fall short.",
     "the year to June", "future"),
    ("a_verb_in_the_past_after_a_name_ending_in_s_is_the_verb_of_a_clause_that_has_no_other",
     "Moody's downgraded the lender in March, citing weak capital, and Fitch is due to review its rating.",
     "March", "past"),
    # a date a copula and "when" follow takes the tense of the "when" clause
    ("a_copula_and_when_give_the_past_of_the_when_clause",
     "March is when the company closed the plant, the union said.", "March", "past"),
    ("a_copula_and_when_give_the_future_of_the_when_clause", "June is when the plant will restart.", "June", "future"),
    # (no tense of its own in the "when" clause, or a plan told in the past: the copula's timetable stays)
    ("a_copula_and_when_before_a_plan_told_in_the_past_keep_the_timetable",
     "May is when the exchange was supposed to get its licence.", "May", "schedule"),
    ("a_copula_and_when_before_a_present_keep_the_timetable", "June is when the mill grinds its wheat.", "June",
     "schedule"),
    # (a verb of a timetable in the "when" clause names the next sitting: "November is when the board meets", in
    # January, is the coming November, not the nearer one gone)
    ("a_copula_and_when_before_a_verb_of_a_timetable_look_ahead",
     "November is when the pension fund's board meets to set next year's payout.", "November", "future"),
    # the date is the subject of a verb in the present: the clause after ", and" keeps its past to itself
    ("a_date_subject_of_a_present_verb_takes_no_past_from_the_next_clause",
     "Diwali falls in early November this year, and jewellers said gold sales had doubled.", "Diwali", ""),
    ("a_date_subject_of_a_copula_takes_no_past_from_the_next_clause",
     "Easter is late this year, and hoteliers said bookings had slowed.", "Easter", ""),
    # a relative clause with no "which" or "that", a name its subject, is told in the past right before the date,
    # whatever plan the main clause told
    ("a_bare_relative_clause_with_a_name_for_subject_is_past",
     "The insurer pledged to open 40 branches under a plan Chief Executive Marta Liu outlined in February.",
     "February", "past"),
    # ... but a name after "of" is no subject, and its capitalised word in -ed no verb
    ("a_name_after_a_noun_and_of_opens_no_relative_clause",
     "The insurer will open branches at the port of Tanger Med in May.", "May", "future"),
    # a decision taken, after a possessive, holds its own happening, not the hope's time to come
    ("a_possessed_decision_s_infinitive_is_of_the_decision_taken",
     "Growers hope to build on Japan's decision to lift its ban on Scottish beef in September.", "September", "past"),
    ("a_decision_with_no_possessive_keeps_the_future_before_it",
     "Growers will press for a decision to lift the ban on Scottish beef in September.", "September", "future"),
    # "as" with a bare plural subject and a verb in -ed opens a clause of its own; "as expected", "as of" do not
    ("as_a_bare_plural_and_a_past_verb_open_their_own_clause",
     "The coalition is set to name a cabinet next week as voters backed the deal on Saturday.", "Saturday", "past"),
    ("as_expected_opens_no_clause",
     "The bank will report results on Friday, as expected by analysts on Monday.", "Monday", "future"),
    ("as_of_opens_no_clause", "The regulator will rule on the merger as of Monday.", "Monday", "future"),
    # a gerund of a plan after "about" looks ahead, whatever verb in the past asked about it
    ("a_plan_gerund_after_about_looks_ahead",
     "The carmaker has approached banks about launching a bond sale as early as the second half.",
     "the second half", "plan"),
]


@pytest.mark.parametrize("text, anchor, expected", [
    # a capitalised word in -ed inside a name is no verb, so the verb before it governs the date: the March gone
    ("The retailer launched its payments service in the United States in March.", dt.date(2026, 2, 20),
     [("March", "2025-03", False)]),
    ("The retailer launched its payments service in the United Kingdom in March.", dt.date(2026, 2, 20),
     [("March", "2025-03", False)]),
    # "as early as" after a gerund of a plan is the coming quarter; after a verb in the past, the year told stays
    ("The carmaker has approached banks about launching a bond sale as early as the fourth quarter.",
     dt.date(2026, 3, 10), [("the fourth quarter", "2026-Q4", True)]),
    ("The carmaker began testing its own batteries as early as 2019.", dt.date(2026, 3, 10), [("2019", "2019", False)]),
    # the day after "as" and a bare plural subject with its verb in the past is the one gone
    ("The coalition is set to name a cabinet next week, as voters backed the deal on Saturday.",
     dt.date(2025, 12, 10), [("next week", "2025-W51", True), ("Saturday", "2025-12-06", False)]),
])
def test_names_gerunds_of_plans_and_bare_plural_clauses_date_their_own_happenings(text, anchor, expected):
    assert [(m.text, m.when, m.future) for m in tag_dates(text, anchor) if m.on_calendar] == expected


@pytest.mark.parametrize("case,text,expression,tense", CLAUSE_TENSES, ids=[c[0] for c in CLAUSE_TENSES])
def test_the_tense_of_a_date_s_clause(case, text, expression, tense):
    start = text.index(expression)
    assert finder.clause_tense(text, finder.lower_form(text), start, start + len(expression)) == tense


def test_a_verbless_entry_ending_with_a_noun_and_its_participle_tells_no_past():
    text = "- Nov. 8 and 9: Guided night walks along the river path with lanterns supplied."
    start = text.index("Nov. 8")
    assert finder.clause_tense(text, finder.lower_form(text), start, start + 14) == ""
    assert [m.when for m in tag_dates(text, dt.date(2025, 10, 20))] == ["2025-11-08/2025-11-09"]


@pytest.mark.parametrize("text,expression", [
    ("The sale, which had been expected, is part of KKR's program to pay down debt by February.", "February"),
    ("Mr. Antar, who had fled to Israel, is expected to return in March.", "March"),
    ("The sale, which had been expected, and the merger, which had been delayed, are part of KKR's program to pay "
     "down debt by February.", "February"),
])
def test_a_clause_opened_by_which_and_closed_by_a_comma_gives_no_tense_to_the_date_after_it(text, expression):
    low = finder.lower_form(text)
    start = text.index(expression)
    assert "pluperfect" not in finder.clause_tenses(text, low, start, start + len(expression))
    assert finder.clause_tense(text, low, start, start + len(expression)) != "past"


@pytest.mark.parametrize("text,expression", [
    ("He appeared in court the next morning.", "the next morning"),
    ("The shares rebounded the next day.", "the next day"),
])
def test_the_next_day_is_counted_from_the_day_the_text_tells_of(text, expression):
    [found] = [e for e in finder.find_expressions(text) if e.text(text) == expression]
    assert found.parts.get("anaphoric") is True


@pytest.mark.parametrize("text,expression,shift", [
    ("The ferry sank on a Tuesday; the crew had reported a leak the night before.", "the night before", -1),
    ("The verdict came in, and the lawyers met again the morning after.", "the morning after", 1),
])
def test_a_part_of_the_day_before_before_or_after_is_turned_from_the_day_told(text, expression, shift):
    [found] = [e for e in finder.find_expressions(text) if e.text(text) == expression]
    assert (found.parts["shift"], found.parts.get("anaphoric")) == (shift, True)
    assert not [e for e in finder.find_expressions("Medics worked all night after the quake.")
                if "shift" in e.parts]


@pytest.mark.parametrize("text,expected", [
    ("A ceremonial accession would still be held at the NATO Washington summit on April 24 and 25.",
     [("April 24", "1999-04-24"), ("25", "1999-04-25")]),
    ("The talks are set for Nov. 3 and 4, 1998, in Geneva.", [("Nov. 3", "1998-11-03"), ("4, 1998", "1998-11-04")]),
    ("On April 24 and 25 people marched to the embassy.", [("April 24", "1998-04-24")]),
])
def test_a_second_day_after_and_is_a_date_of_the_same_month(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, dt.date(1999, 2, 10))] == expected


@pytest.mark.parametrize("text,expected", [
    ("The works council meets on 3, 4 and 5 March in Lyon.",
     [("3", "1999-03-03"), ("4", "1999-03-04"), ("5 March", "1999-03-05")]),
    ("Dock workers will walk out on June 9, 10, and 11.",
     [("June 9", "1999-06-09"), ("10", "1999-06-10"), ("11", "1999-06-11")]),
    ("The index rose 3, 4 and 5 percent on 5 March.", [("5 March", "1999-03-05")]),
])
def test_days_listed_with_commas_before_or_after_their_month_are_days_of_that_month(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, dt.date(1999, 2, 10))] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Venice boat show runs from 14 to 19 April at the Arsenale.",
     [("14", "1999-04-14"), ("19 April", "1999-04-19")]),
    ("The auction is scheduled for 8 to 10 March in Geneva.", [("8", "1999-03-08"), ("10 March", "1999-03-10")]),
    ("Shares rose 4 to 6 percent on 6 March.", [("6 March", "1998-03-06")]),
])
def test_a_bare_day_after_from_before_to_and_a_day_told_before_its_month_are_days_of_that_month(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, dt.date(1999, 2, 10))] == expected


@pytest.mark.parametrize("text,expected", [
    ("May and June: A quieter stretch.", ["May", "June"]),                   # a verb's name before a listed month
    ("March: Chairman Joe Tsai warned of a possible bubble in US data-centre spending.", ["March"]),   # a line's label
    ("Alibaba's 2025 month by month: from January gloom to an AI-fuelled rally", ["2025", "January"]),
    ("Investors may march on: the rally has legs.", []),
    ("Officials said they may and would act.", []),
    # setDV, dv_review: a label after its list number
    ("2. February: a handshake\n3. March: Hong Kong's hot hand\n5. May: the listing rush",
     ["February", "March", "May"]),
    ("Chapter 3. March on, the rally has legs: it is not over.", []),
])
def test_a_month_that_is_also_a_verb_is_a_month_in_a_list_or_as_a_label(text, expected):
    assert spans(text) == expected


def test_a_month_that_is_also_a_verb_after_a_timetable_s_for_is_that_month_but_not_after_for_alone():
    assert spans("The next inspection of the dam is planned for May, the water board said.") == ["May"]
    assert spans("A ruling on the appeal is scheduled for March.") == ["March"]
    assert spans("Most members voted for May in the leadership contest.") == []


@pytest.mark.parametrize("text,expected", [
    # setDV, dv_review
    ("Xiaomi unveiled its XRING O1 phone chip in late May.\n6. July: the delivery wars", ["late May", "July"]),
    ("The listing was planned for Nov.\n5, 2020, in Hong Kong.", ["Nov.\n5, 2020"]),
])
def test_a_list_number_opening_a_line_is_no_day_of_the_month_that_ends_the_line_before(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The lender drew the second loan in November.\n\n2024: Kestrel Bank sold its card unit.", ["November", "2024"]),
    ("The lender drew the second loan in November.\n2024: Kestrel Bank sold its card unit.", ["November", "2024"]),
    ("Its shares were first sold in Hong Kong in September.\n- 2019 - Moves its listing to Shanghai.",
     ["September", "2019"]),
    ("The fund closed its first round in May\n\n2021 proved a harder year for it.", ["May", "2021"]),
    ("The listing was planned for Nov.\n5, 2020, in Hong Kong.", ["Nov.\n5, 2020"]),       # a line wrapped, not broken
])
def test_no_date_joins_its_parts_across_a_blank_line_or_into_a_line_a_year_labels(text, expected):
    assert spans(text) == expected


# -------------------------------------------------------------------- every example of every table
def _rows(table):
    return [pytest.param(row, id=f"{table}:{row['_line']}") for row in load_table(table)]


DATE_TABLES = [t for t in all_tables() if t.startswith("dates/")]
# the column naming the word a row is about, in tables where the word must lie inside a found expression
WORD_COLUMN = {"months.tsv": "name", "weekdays.tsv": "name", "numbers.tsv": "word", "ordinals.tsv": "word",
               "units.tsv": "word", "prefixes.tsv": "word", "deictic.tsv": "phrase", "seasons.tsv": "name",
               "day_parts.tsv": "name", "holidays.tsv": "name", "sets.tsv": "word", "decades.tsv": "word",
               "suffixes.tsv": "word", "zones.tsv": "zone", "eras.tsv": "word",
               "holiday_breaks.tsv": "name", "calendars.tsv": "name"}
# tables whose examples hold no date on purpose, or whose rows are checked by other tests (event_names.tsv,
# name_lists.tsv: in test_dates_mentions)
NO_DATE_TABLES = {"counted_nouns.tsv", "guards.tsv", "tense.tsv", "event_names.tsv", "name_lists.tsv",
                  "modals.tsv"}


def test_every_date_table_is_covered_by_the_example_test():
    covered = set(WORD_COLUMN) | NO_DATE_TABLES | {"patterns.tsv", "connectors.tsv", "joins.tsv", "fiscal.tsv",
                                                   "day_lists.tsv",
                                                   "prepositions.tsv", "shared_years.tsv", "offsets.tsv",
                                                   "titled_moves.tsv", "moved_plans.tsv", "labels_ahead.tsv",
                                                   "sequels.tsv", "fiscal_told.tsv",
                                                   "reporting_years.tsv", "event_anchors.tsv", "event_endings.tsv",
                                                   "event_kin.tsv",
                                                   "event_days.tsv", "event_days_now.tsv", "event_noun_days.tsv",
                                                   "event_holiday_nouns.tsv",
                                                   "split_years.tsv", "event_openings.tsv", "counting.tsv",
                                                   "southern_places.tsv", "plan_periods.tsv", "history_lists.tsv",
                                                   "event_closings.tsv", "year_seasons.tsv", "split_seasons.tsv",
                                                   "calendar_seasons.tsv", "calendar_bodies.tsv",
                                                   "limits_reached.tsv", "holiday_purposes.tsv",
                                                   "event_purposes.tsv"}
    assert {t.split("/", 1)[1] for t in DATE_TABLES} <= covered


@pytest.mark.parametrize("row", [p for t in DATE_TABLES if t.split("/", 1)[1] not in NO_DATE_TABLES
                                 for p in _rows(t)])
def test_every_rule_example_yields_its_expression_and_expected_value(row):
    table = next(t.split("/", 1)[1] for t in DATE_TABLES if row in load_table(t))
    found = timexes(row["example"], CNBC)
    assert found, f"{table}: nothing found in {row['example']!r}"
    column = WORD_COLUMN.get(table)
    if column:
        word = " ".join(row[column].split())
        # (a mention of the table counts too: "then" of "since then" is a row but no TimeML expression)
        texts = [t["text"] for t in found] + [m.text for m in tag_dates(row["example"], CNBC)]
        assert any(word in " ".join(t.lower().split()) for t in texts), (word, found)
    if row.get("expect"):
        whens = [m.when for m in tag_dates(row["example"], CNBC)]
        assert row["expect"] in [t["value"] for t in found] + whens, (row["expect"], found, whens)


@pytest.mark.parametrize("row", [row for row in load_table("dates/day_parts.tsv") if row["side"]],
                         ids=lambda row: row["name"])
def test_a_part_of_the_day_on_a_side_of_its_day_tells_its_day_early_or_late_as_its_row_says(row):
    text = f"The ferry left the harbour on Thursday {row['name']}."
    [found] = [e for e in finder.find_expressions(text) if "daypart" in e.parts]
    low = text.lower()
    assert finder.told_early_in_its_day(low, found.start, found.parts) == (row["side"] == "early")
    assert finder.told_late_in_its_day(low, found.start, found.parts) == (row["side"] == "late")


def test_the_same_quarter_last_year_joins_into_one_quarter_of_that_year():
    # (joins.tsv keeps one row per join: this is its period-and-year row's second example)
    text = "Revenue was up 5% from 236.5 billion yuan in the same quarter last year."
    assert "2024-Q3" in [t["value"] for t in timexes(text, CNBC)] + [m.when for m in tag_dates(text, CNBC)]


def test_the_same_quarter_last_year_after_a_quarter_of_last_year_is_the_one_a_year_before_it():
    # "last year" after "the same quarter" is a year-ago comparison: in February, after the fourth quarter, it is
    # the fourth quarter of the year before that one, not the quarter just told
    text = ("The bakery chain's sales rose 6% to 410 million euros in the fourth quarter. In the same quarter last "
            "year it had closed 14 shops.")
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 2, 12))] == [
        ("the fourth quarter", "2025-Q4"), ("the same quarter last year", "2024-Q4")]


@pytest.mark.parametrize("row", [r for r in _rows("dates/joins.tsv") if r.values[0]["right"] == "bare_plural_unit"])
def test_every_bare_plural_unit_join_example_is_one_vague_stretch_over_both_units(row):
    # joins.tsv right=bare_plural_unit: "in recent weeks and months" is one PAST_REF, "weeks or months" one PXW; the
    # first unit alone would give the same value, so the expression must reach over the gap to the second unit
    found = [t["text"].lower() for t in timexes(row["example"], CNBC) if t["value"] == row["expect"]]
    assert any(re.search(rf"[a-z]s{row['gap']}[a-z]+s$", text) for text in found), (row["expect"], found)


@pytest.mark.parametrize("text, expected", [
    # (seasons so counted are a stretch of those seasons, no vague past: TimeML's value is the set they are of)
    ("The carrier has missed its punctuality goal in the past two winters, the regulator said.",
     [("the past two winters", "XXXX-WI")]),
    ("Turnout has fallen in each of the past few elections.", []),
    ("In the past, the carrier rarely missed its punctuality goal.", [("the past", "PAST_REF")]),
    ("The carrier has missed its punctuality goal in the past two years.", [("the past two years", "P2Y")]),
])
def test_the_past_before_a_count_qualifies_the_counted_things_and_is_no_vague_past(text, expected):
    # (guards.tsv: "the past" is the indefinite past only as a noun, not as the adjective of a count)
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Stocks in Tokyo ended flat. Now for the currency markets.", []),
    ("\"And now for the bad news,\" the anchor said.", []),
    # a clause goes on after it, or a comma opens an aside: "now" is the present
    ("Now for the first time, the lender will fund projects abroad.", [("Now", "PRESENT_REF")]),
    ("Now for the rest of the season the ferry sails twice a day.", [("Now", "PRESENT_REF")]),
    ("The old mill is now for sale.", [("now", "PRESENT_REF")]),
])
def test_now_opening_a_verbless_sentence_with_for_moves_on_to_the_next_item(text, expected):
    # (guards.tsv: "Now for the weather." is a presenter's or columnist's turn, no time)
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC) if t["text"].lower() == "now"] == expected


@pytest.mark.parametrize("row", _rows("dates/guards.tsv"))
def test_every_guard_example_keeps_its_lookalike_out_of_the_dates(row):
    found = timexes(row["example"], CNBC)
    if row["action"] == "set":
        assert any(t["type"] == "SET" for t in found), found
    elif row["action"] in ("name", "label"):
        ahead = _dates_a_guard_looks_ahead(row)
        assert found and not any(m.on_calendar and not any(a <= m.start < b for a, b in ahead)
                                 for m in tag_dates(row["example"], CNBC)), found
    elif row["action"] == "someday":
        assert [(t["type"], t["value"]) for t in found] == [("DATE", "FUTURE_REF")], found
    else:
        told, ahead = _dates_a_guard_looks_past(row), _dates_a_guard_looks_ahead(row)
        # (a date the `after` reaches into is the one that places the lookalike: "set for early December")
        assert not any(t["type"] in ("DATE", "TIME", "DURATION") and not any(a <= t["start"] and t["end"] <= b
                                                                               for a, b in told)
                       and not any(a <= t["start"] < b for a, b in ahead)
                       for t in found), found


@pytest.mark.parametrize("text, anchor, expected", [
    # guards.tsv: a period a subject makes, earns or does most of its money in, in the present, is a habit
    ("Garden centres do most of their business in spring, and toy shops earn the bulk of their sales in the fourth "
     "quarter.", dt.date(2026, 2, 4), []),
    # ... not one told with a modal or in the past
    ("The brewer will make most of its profit in the third quarter, and it made most of its profit in the third "
     "quarter of 2024.", dt.date(2026, 2, 4), [("the third quarter", "2026-Q3"), ("the third quarter of 2024",
                                                                                 "2024-Q3")]),
    # guards.tsv: a month a relative clause telling a place first says a season starts in is that place's custom
    ("Card spending rose in November as shoppers geared up for the festive season, which in Brazil begins in "
     "October.", dt.date(2025, 12, 9), [("November", "2025-11")]),
    # ... not a month a relative clause says one happening starts in
    ("Port workers will join the strike, which in Germany starts in March.", dt.date(2026, 2, 4),
     [("March", "2026-03")]),
    # guards.tsv: the months a year runs between are its custom; "this year" before "runs" is when a happening runs
    ("The county's budget year runs from July to June, and the harvest fair, which this year runs from Sept. 4 to "
     "Sept. 9, will open late.", dt.date(2026, 2, 4), [("this year", "2026"), ("from Sept. 4 to Sept. 9",
                                                                               "2026-09-04/2026-09-09")]),
    # guards.tsv: "overnight" before the people who stay the night names a kind of visitor, no night
    ("Hotels say the levy paid by overnight visitors will double.", dt.date(2025, 8, 29), []),
    # guards.tsv: "Carnival" before its legal form or a verb of saying, or after "shares of", is the cruise company,
    # though Brazil is named, whose feast it would be; the feast keeps its day
    ("Carnival Corp said on Tuesday it would base a third ship in Brazil, and shares of Carnival rose 4%.",
     dt.date(2026, 2, 10), [("Tuesday", "2026-02-10")]),
    ("Brazil's ports will close for Carnival, the cruise line said.", dt.date(2026, 2, 10),
     [("Carnival", "2026-02-16/2026-02-17")]),
    # guards.tsv: a season opening a quoted name closed by its year names the thing, no season
    ('The bar serves a cocktail it calls "Spring 1989", made with gin and rhubarb.', dt.date(2025, 8, 29), []),
    # guards.tsv: "especially overnight" in an instruction tells when the advice most applies, every night
    ("Health officials advised parents to keep children indoors, especially overnight, while the smog lasts.",
     dt.date(2026, 1, 8), []),
    # ... not in a report of what happened, which keeps its night
    ("Wind gusts topped 90 km/h along the coast, especially overnight, the weather service said on Thursday.",
     dt.date(2026, 1, 9), [("overnight", "2026-01-08"), ("Thursday", "2026-01-08")]),
    # a clause a word of kind after_comma opens (", so") tells its own past, a date in its subject too
    ("Trains usually run less often in summer, so the walkout on Aug. 14 stranded thousands of fans.",
     dt.date(2026, 9, 10), [("Aug. 14", "2026-08-14")]),
    # guards.tsv: a holiday right before "Island" names a place
    ("The cable to Christmas Island failed, and tour boats to Easter Island were cancelled.", dt.date(2025, 12, 3),
     []),
    # guards.tsv: the day "the custom of" a thing, opening its clause, holds to recurs each year
    ("The custom of a bonfire on the last Saturday of June goes back centuries, villagers say.", dt.date(2026, 3, 3),
     []),
    # ... not one a verb ended, which keeps its date
    ("The club scrapped the custom of a dinner in March.", dt.date(2026, 5, 3), [("March", "2026-03")]),
    # ... nor one told with its year, a single time
    ("Dealers said the tradition of a rally in December 2025 failed to hold.", dt.date(2026, 1, 20),
     [("December 2025", "2025-12")]),
    # guards.tsv: the working week a verb cuts is a length, no calendar week
    ("The brewery shortened its working week to four days, and said on Monday that it would hire again.",
     dt.date(2026, 3, 4), [("Monday", "2026-03-02")]),
])
def test_a_period_a_habit_or_a_place_s_custom_is_told_in_makes_no_row(text, anchor, expected):
    assert calendar(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # guards.tsv: a period the article looks back on after "how", told as what "unfolded" or "played out", signposts the
    # entries after it; they date the happenings
    ("Below is how the year unfolded for the carmaker.\n\nJan. 14 - It cut prices on its entry-level saloon.",
     dt.date(2025, 12, 30), [("Jan. 14", "2025-01-14")]),
    ("Here is how the month played out on the trading floor: on Tuesday, the index hit a record.",
     dt.date(2025, 11, 28), [("Tuesday", "2025-11-25")]),
    # ... not a period a happening of its own is told in, nor one still to come
    ("Traders will watch how the week unfolds, and the year unfolded badly for bondholders.", dt.date(2025, 11, 28),
     [("the week", "2025-W48"), ("the year", "2025")]),
])
def test_a_period_that_signposts_the_entries_of_a_look_back_makes_no_row(text, anchor, expected):
    assert calendar(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # guards.tsv: a count "more than" a date counted back is a base, its unit between too
    ("\"Each crate costs us 3 euros more than a year ago,\" the grower said.", dt.date(2025, 9, 3), []),
    ("The chain now employs 1,200 cooks, 90 more than a year earlier.", dt.date(2025, 9, 3), []),
    # ... not a happening told with "more than" a length ago, which keeps its date
    ("The grower bought the farm more than a year ago.", dt.date(2025, 9, 3), [("more than a year ago", "2024")]),
    # ... nor one whose object, a count and a noun no currency, stands before "more than"
    ("The fund manager sold 3,000 bonds more than a year ago, filings show.", dt.date(2025, 9, 3),
     [("more than a year ago", "2024")]),
    # guards.tsv: contracts in the plural for a month are orders to fill then, a happening
    ("If the port stays shut, mills will lose export contracts for August.", dt.date(2025, 6, 10),
     [("August", "2025-08")]),
    # ... while a contract in the singular, or futures contracts, for a month are traded products
    ("The contract for August rose 2%, and futures contracts for October fell.", dt.date(2025, 6, 10), []),
    # ... and so are contracts a commodity names
    ("Brent contracts for December rose 1% to $64.10, and copper contracts for March slipped.", dt.date(2025, 11, 20),
     []),
    # holidays.tsv "11.11": the shopping festival written as its date; guards.tsv: a price after "at" or "was"
    ("\"After 11.11 we will restock,\" the seller said.", dt.date(2025, 9, 3), [("After 11.11", "2025-11-11")]),
    ("The shares ended at 11.11, and the opening price was 11.11 too.", dt.date(2025, 9, 3), []),
    # ... and a level a figure moves to or from, while the run-up to the festival keeps it
    ("The index fell 2% to 11.11 on Friday after it rose from 10.4 to 11.11 in a week.", dt.date(2025, 11, 20),
     [("Friday", "2025-11-14")]),
    ("Couriers hired 5,000 drivers in the run-up to 11.11.", dt.date(2025, 9, 3), [("11.11", "2025-11-11")]),
    ("Its price-to-earnings ratio of 11.11 is low, analysts said ahead of 11.11.", dt.date(2025, 9, 3),
     [("11.11", "2025-11-11")]),
])
def test_a_base_counted_back_a_traded_contract_and_a_price_make_no_row_but_orders_and_the_festival_do(text, anchor,
                                                                                                      expected):
    assert calendar(text, anchor) == expected


def test_following_with_no_determiner_before_a_day_is_the_preposition_after():
    # "following" before a holiday is "after", no shift to the next one ("the following Easter" still counts on)
    assert calendar("Ice-cream sales slumped following Easter, the maker said.", dt.date(2026, 2, 4)) == [
        ("Easter", "2025-04-20")]


def test_a_week_labelling_the_line_of_a_table_by_week_is_the_week_up_to_the_day_after_it():
    text = ("Foreign purchases of Korean chip stocks, by week:\n- Week ended Oct. 10: 1.2 trillion won\n"
            "- Week ended Oct. 17: 0.8 trillion won\nWeek to Remember: what moved the Kospi")
    assert calendar(text, dt.date(2025, 10, 20)) == [
        ("Week ended Oct. 10", "2025-10-04/2025-10-10"), ("Week ended Oct. 17", "2025-10-11/2025-10-17")]


def test_a_week_labelling_its_line_may_name_the_weekday_before_the_day_it_ended():
    text = ("Net fund inflows, by week:\n- Week ending Sunday, Nov. 2: $3.1 billion\n"
            "- Week to Sunday Nov. 9: $2.4 billion")
    assert [(m.text, m.when, m.timex_value) for m in tag_dates(text, dt.date(2025, 11, 14)) if m.on_calendar] == [
        ("Week ending Sunday, Nov. 2", "2025-W44", "2025-W44"), ("Week to Sunday Nov. 9", "2025-W45", "2025-W45")]


def test_the_week_right_before_the_span_of_its_days_makes_no_row_of_its_own():
    # guards.tsv: "the week from 10 to 16 March" is told by its span of days, one row
    text = "Ticket sales in the week from 10 to 16 March rose 7%, the theatre group said."
    assert calendar(text, dt.date(2025, 3, 20)) == [
        ("from 10 to 16 March", "2025-03-10/2025-03-16")]
    text = "Hospital admissions in the week between Feb. 2 and 8 fell by a fifth."
    assert calendar(text, dt.date(2025, 3, 20)) == [
        ("between Feb. 2 and 8", "2025-02-02/2025-02-08")]


def test_a_quarter_code_opening_a_quoted_name_places_no_quarter():
    # guards.tsv: the "Q2 overhaul" names a plan; the quarter it is for is told in full
    text = 'The lender will shut 40 branches in the second quarter, a plan staff call the "Q2 overhaul".'
    assert calendar(text, dt.date(2025, 12, 2)) == [
        ("the second quarter", "2026-Q2")]


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: the year, month or decade a rank is held in tells no time of its own
    ("The Nikkei posted its steepest of the year on Monday, a fall of 4.1%.", [("Monday", "2025-11-24")]),
    ("Turnout at the polls was the highest of the month in any district, officials said.", []),
    ("The Bank of Canada meets for the final time this autumn at its last rate decision of the year on Dec. 10.",
     [("this autumn", "2025-FA"), ("Dec. 10", "2025-12-10")]),
    ("The council sits again on Dec. 11, the last of the year, to vote on the budget.", [("Dec. 11", "2025-12-11")]),
    ("Retail sales rose 2% in March, the most for the month since 2019.", [("March", "2025-03"), ("since 2019",
                                                                                                   "2019/..")]),
    ("The singer's tour, billed by critics as \"the flop of the decade,\" closed early.", []),
    ('"This is the quarter where margins have to turn," the analyst said.', []),
    ("He argued that 2026 would be the year demand for chips finally cools.", [("2026", "2026")]),
    # a word of time that only describes the ranked noun makes it no time ("holiday sale", "birthday party")
    ("The retailer's first holiday sale of the year drew long queues.", []),
    ("The founder threw his last birthday party of the decade at the plant.", []),
    # a rank told by a hyphened superlative too
    ("The finale was the most-watched episode of the year, the network said.", []),
    # a rank of a time (the last day, the final quarter) is that time and stays a row
    ("Trading will end early on the last trading day of the year, the exchange said.",
     [("the last trading day of the year", "2025-12-31")]),
])
def test_the_period_a_rank_is_held_in_makes_no_row(text, expected):
    assert calendar(text, CNBC) == expected


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: a stock's own "fall" brought to a number is its decline; the year told with it stays a row
    ("Shares of the miner sank 4% on Friday, bringing their fall this year to 41%.",
     [("Friday", "2025-11-21"), ("this year", "2025")]),
    ("The index slipped again, taking its fall to 12% from its peak.", []),
    ("Sales of coats picked up in the fall this year.", [("the fall this year", "2025-FA")]),
    # a holiday likened "for" a trade is a figure of speech, a festival named by its double number too
    ('"Payday was our Black Friday for takeaways," the founder said.', []),
    ('"The launch was our Double 11 for cars," the dealer said.', []),
    # ... and one that is the whole predicate, with no "for"
    ('"Every payday weekend is our Double 11," the noodle chain\'s founder told investors.', []),
])
def test_a_decline_or_a_holiday_as_a_figure_of_speech_names_no_time(text, expected):
    assert calendar(text, CNBC) == expected


def test_a_weekday_before_its_noun_after_an_owners_last_names_no_day():
    # guards.tsv: "the club's last Friday final" is its latest final played on a Friday, not last Friday
    text = "The club's last Friday final was played in 2018 before a crowd of 31,000."
    assert calendar(text, CNBC) == [("2018", "2018")]


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: a year between an owner and a car's make and model is the car's model year
    ("Deputies said the driver of a 2014 Ford Explorer fled on foot on Tuesday.", [("Tuesday", "2025-11-18")]),
    ("Her 2006 Nissan Altima was towed from the lot last week.", [("last week", "2025-W47")]),
    # a year before the make but no owner, or a make that is a president's name, stays a year
    ("In 1976 Ford lost the election to Carter.", [("1976", "1976")]),
])
def test_a_car_s_model_year_after_its_owner_is_no_date(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == expected


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: "the future of" a thing is its prospects, and "the future" before a noun names a thing to come
    ("Union leaders will meet the minister on Tuesday to discuss the future of the smelter.",
     [("Tuesday", "2025-11-25")]),
    ("The bank set out its future strategy for Asia and introduced the future chairman to investors.", []),
    # before a verb, a conjunction or a preposition it stays the vague future
    ("Nobody at the mill can say what the future holds.", [("the future", "FUTURE_REF")]),
    ("For the smelter's workers the future depends on the talks.", [("the future", "FUTURE_REF")]),
    ("The insurer may raise premiums in the future if claims keep rising.", [("the future", "FUTURE_REF")]),
])
def test_the_future_of_a_thing_or_before_a_noun_is_no_time(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == expected


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: four digits in a telephone number or before a serial starting with a zero are no year
    ("Bookings for the 2027 season open on Monday on +33 1 4520 2027 or the helpline 0800 2026.",
     [("the 2027 season", "2027"), ("Monday", "2025-11-24")]),
    ("Bids under reference KX-2026-0093 close in 2026.", [("2026", "2026")]),
])
def test_four_digits_in_a_telephone_number_or_a_serial_are_no_year(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == expected


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: a year right after one word that follows a naming verb ends the name the verb gives
    ("In May the two groups formed a chip-design venture called Nordlys 2004, which opened in Oslo on Monday.",
     [("May", "2025-05"), ("Monday", "2025-11-24")]),
    ("The label released an album titled Neon 1999 on Friday.", [("Friday", "2025-11-21")]),
    # a preposition or an owner's name between the verb and the year leaves the year a date
    ("She was named chief executive in 2019.", [("2019", "2019")]),
    ("Critics called Harlow's 1987 album his best.", [("1987", "1987")]),
    # "called off" cancels what follows, no name
    ("The promoter called off 2020 because of the pandemic and moved the show online.", [("2020", "2020")]),
])
def test_a_year_ending_the_name_a_naming_verb_gives_is_no_date(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == expected


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: a season before a ferry's service or a government's document names it, no time of the story
    ("The operator will add summer sailings and cut winter runs under the timetable it filed on Monday.",
     [("Monday", "2025-11-24")]),
    ("The finance minister will table the fall economic statement on Thursday.", [("Thursday", "2025-11-27")]),
    # a season before a thing of nature it recurs with, or before the yearly extreme of a measure, names its kind
    ("Good winter rains could let swarms spread from the summer breeding areas by December.",
     [("by December", "2025-12")]),
    ("The winter maximum in September 2023 was the lowest on record.", [("September 2023", "2023-09")]),
    # "runs" before "through" is the season's own verb: the season stays
    ("This winter runs through March, the agency said.", [("This winter", "2025-WI"), ("through March", "2026-03")]),
])
def test_a_season_that_names_a_service_a_document_or_a_thing_of_nature_is_no_date(text, expected):
    assert calendar(text, CNBC) == expected


def test_a_clock_time_before_weekdays_in_the_plural_recurs_and_makes_no_row():
    # guards.tsv: "at 9:45 p.m. on Thursdays and Fridays" is every such evening (SET), no day of the story
    text = "From June the night bus will leave the airport at 9:45 p.m. on Thursdays and Fridays."
    assert [(t["text"], t["type"], t["value"]) for t in timexes(text, CNBC)] == [
        ("June", "DATE", "2026-06"), ("9:45 p.m.", "SET", "XXXX-XX-XXT21:45")]
    assert calendar(text, CNBC) == [("June", "2026-06")]


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: hours from one clock time to another before a run of weekdays are kept on each of those days
    ("From March the tax office will answer calls from 8:30 a.m. to 4 p.m. CT Monday through Friday.",
     [("March", "2026-03")]),
    # one clock time before the run starts a stretch of days
    ("Workers will walk out from 6 a.m. Monday through Friday.",
     [("from 6 a.m. Monday through Friday", "2025-11-24/2025-11-28")]),
])
def test_hours_before_a_run_of_weekdays_recur_and_make_no_row(text, expected):
    assert calendar(text, CNBC) == expected


def _dates_a_guard_looks_past(row) -> list[tuple[int, int]]:
    """The stretches of a guard's example its `before` matches right before the lookalike: a date there is one of its
    own that the guard reads the lookalike against ("in 1998, the year Lehman collapsed" repeats 1998), no lookalike."""
    if not row["before"] or re.search(r"\{[a-z]+\}", row["before"]):
        return []
    low = row["example"].lower()
    return [m.span(1) for m in re.finditer(f"({row['before']})(?={row['text']})", low)]


def _dates_a_guard_looks_ahead(row) -> list[tuple[int, int]]:
    """The stretches of a guard's example its `after` matches right after the lookalike: a date there is one of its
    own that the guard reads the lookalike against ("to 11:40 p.m. in March 2023" keeps March 2023), no lookalike."""
    if not row["after"] or re.search(r"\{[a-z]+\}", row["after"] + row["text"]):
        return []
    low = row["example"].lower()
    return [m.span(1) for m in re.finditer(f"(?:{row['text']})({row['after']})", low)]


@pytest.mark.parametrize("text, expected", [
    # guards.tsv {ordinal}: an ordinal word or a digit ordinal counts the days of a run, no day of the month
    ("Copper slid for the fourth day as smelters cut output.", []),
    ("Copper slid for the 4th day as demand from smelters faded.", []),
    ("Copper slid on the 4th as demand from smelters faded.", [("the 4th", "2025-11-04")]),
])
def test_a_run_of_days_counted_by_an_ordinal_word_or_digits_is_no_date(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == expected


@pytest.mark.parametrize("text, expected", [
    # "today" or "tomorrow" standing for an era names no day (guards.tsv)
    ("``The case of Elian is for today's youth what 40 years of the blockade were.''", [("40 years", "P40Y")]),
    ("The Intel chips are the chips of choice in many of today's personal computers.", []),
    ('"If I were choosing the people of tomorrow, I would have chosen the people who are here."', []),
    ("The allied rejection of the last-minute Soviet-led diplomatic effort came as no surprise.", []),
    # the same words naming one day keep it
    ("The offer, advertised in today's editions of The Wall Street Journal, expires Dec. 1.",
     [("today", "2025-11-24"), ("Dec. 1", "2025-12-01")]),
    ("That's typical county business, but tomorrow's vote has international implications.",
     [("tomorrow", "2025-11-25")]),
    ("As of today, the company operates 87 stores.", [("today", "2025-11-24")]),
    ("The offer expires at the end of tomorrow.", [("the end of tomorrow", "2025-11-25")]),
])
def test_today_or_tomorrow_standing_for_an_era_is_no_date_but_one_day_stays_dated(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)
            if t["type"] in ("DATE", "TIME", "DURATION")] == expected


@pytest.mark.parametrize("text, expected", [
    ("According to the Arab American Institute, Islam will one day be the second largest religion.",
     ("DATE", "FUTURE_REF")),
    ("Farkas expressed the hope he one day follow in the footsteps of fellow astronaut Bertalan Farkas.",
     ("DATE", "FUTURE_REF")),
    # any modal of modals.tsv
    ("Nothing in the treaty says the region cannot one day host the Games again, the minister said.",
     ("DATE", "FUTURE_REF")),
    ("The talks lasted one day.", ("DURATION", "P1D")),
    ("Regulators cut the waiting period to one day.", ("DURATION", "P1D")),
    ("The index can fall 5% in one day.", ("DURATION", "P1D")),
])
def test_one_day_before_a_verb_is_the_indefinite_future_and_elsewhere_a_day_long(text, expected):
    assert [(t["type"], t["value"]) for t in timexes(text, CNBC)] == [expected]


@pytest.mark.parametrize("row", _rows("dates/counted_nouns.tsv"))
def test_every_counted_noun_example_keeps_its_number_out_of_the_dates(row):
    number = next(w for w in row["example"].split() if w.isdigit())
    assert not any(number in t["text"] for t in timexes(row["example"], CNBC))


@pytest.mark.parametrize("row", _rows("dates/modals.tsv"))
def test_every_modal_example_keeps_the_verb_fall_after_it_out_of_the_dates(row):
    assert row["example"].lower().count(f"{row['word']} fall") == 1
    assert not any("fall" in t["text"].lower() for t in timexes(row["example"], CNBC))


# what clause_tense says for each tense of tense.tsv
CLAUSE_TENSE = {"past": "past", "pluperfect": "past", "future": "future", "plan": "plan", "schedule": "schedule"}


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["tense"] in CLAUSE_TENSE
                                 and r.values[0]["kind"] not in ("possibility", "question", "headline",
                                                                 "attributive", "verbless_ahead")])
def test_every_tense_marker_example_gives_its_tense_to_the_date_beside_it(row):
    text = row["example"]
    # (a plan placed by a phrase of its own before its infinitive looks ahead from that phrase's time, however far)
    expected = "future" if row["kind"] == "placed_plan" else CLAUSE_TENSE[row["tense"]]
    assert _tense_of_found(text, -1) == expected


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["word"].startswith("rose ") and r.values[0]["tense"] == "none"])
def test_rose_before_the_noun_it_qualifies_is_the_flower_and_tells_no_past(row):
    # tense.tsv "rose growers": a holiday ahead keeps its year in a sentence of the flower trade ("before Valentine's
    # Day", in early February, is the coming one)
    assert _tense_of_found(row["example"], -1) != "past"
    [holiday] = [m for m in tag_dates(row["example"], dt.date(2026, 2, 4)) if m.on_calendar]
    assert holiday.first_day.year == 2026 and holiday.future


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "verbless_ahead"])
def test_every_verbless_marker_of_the_future_right_after_a_verb_in_the_past_tells_what_held_then(row):
    # (its example puts the phrase after a past verb; the same words' row of kind word shows it looking ahead)
    assert _tense_of_found(row["example"], -1) == "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "placing_period"])
def test_every_period_counted_back_between_a_verb_of_intention_and_its_to_leaves_the_plan_looking_ahead(row):
    # (written in late January: the decision's period is gone, the month after the infinitive is this year's, ahead)
    placed, planned = [m for m in tag_dates(row["example"], dt.date(2026, 1, 23)) if m.on_calendar]
    assert not placed.future and planned.future and planned.first_day > dt.date(2026, 1, 23), (placed, planned)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "holiday_season"])
def test_every_holiday_season_word_makes_the_holiday_a_week_ahead_the_coming_one_whatever_the_tense(row):
    # (a season under way is to come only in a forecast, and these examples tell the past)
    assert [(m.when, m.future) for m in tag_dates(row["example"], dt.date(2025, 12, 18)) if m.on_calendar] == [
        ("2025-12-25", False)]


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "aside_saying"])
def test_every_verb_of_making_known_closing_an_aside_leaves_a_year_earlier_on_the_period_reported(row):
    # (each example reports a quarter or half of 2025, then counts a year back from it, read in March 2026)
    found = [(m.text, m.when) for m in tag_dates(row["example"], dt.date(2026, 3, 11)) if m.on_calendar]
    reported = found[0][1]
    assert reported[:4] == "2025" and found[-1] == ("A year earlier", "2024" + reported[4:]), found


@pytest.mark.parametrize("text, anchor, expected", [
    # tense.tsv "as the" (kind after_comma): a clause of its own after the comma, whose past leaves the present
    # before it alone
    ("Beach villas in Phuket are renting for 60,000 baht a night over Christmas, as the airport added two gates last "
     "month.", dt.date(2025, 12, 5), [("Christmas", "2025-12-25", True), ("last month", "2025-11", False)]),
    # ... and whose forecast does not reach back to the day of the clause before it
    ("Rooms in Zermatt are going for twice the usual rate over the New Year, as the resort opened all its lifts on "
     "Saturday for what hoteliers expect to be a busy season.", dt.date(2025, 12, 8),
     [("the New Year", "2026-01-01", True), ("Saturday", "2025-12-06", False)]),
    # ... but with no comma before it "as the" opens no clause: the date after it stays in the forecast
    ("Freight rates should ease in the spring as the backlog from this year's port strikes clears.",
     dt.date(2025, 11, 24), [("the spring", "2026-SP", True), ("this year", "2025", True)]),
    # ... unless a subject and a verb in -ed with its preposition follow it (kind past_clause_opening): a clause of
    # its own told in the past, whose day the future word before it does not reach
    ("The league is set for a title decider on May 24 as the match against Rovers slipped into Monday.",
     dt.date(2026, 5, 11), [("May 24", "2026-05-24", True), ("Monday", "2026-05-11", False)]),
    # (the deal's start, after a comma, looks ahead to its own time; the day before it is the signing's, gone)
    ("The carrier signed a seven-year leasing deal on Wednesday, starting in the autumn.", dt.date(2026, 2, 13),
     [("Wednesday", "2026-02-11", False), ("the autumn", "2026-FA", True)]),
    # (a signing still to come keeps its own future)
    ("The carrier will sign a seven-year leasing deal on Wednesday, starting in the autumn.", dt.date(2026, 2, 13),
     [("Wednesday", "2026-02-18", True), ("the autumn", "2026-FA", True)]),
])
def test_a_clause_opened_by_as_the_or_a_deal_s_start_after_a_comma_keeps_its_tense_to_itself(text, anchor, expected):
    assert [(m.text, m.when, m.future) for m in tag_dates(text, anchor) if m.on_calendar] == expected


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] in ("bare_subject_opening", "taken_decision")])
def test_every_bare_subject_opening_and_taken_decision_example_tells_its_date_in_the_past(row):
    text = row["example"]
    assert _tense_of_found(text, -1) == "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] in ("past_clause_opening", "past_clause_link")])
def test_a_past_clause_opened_without_a_comma_keeps_its_day_out_of_the_future_word_before_it(row):
    # (each example is told on the Monday it names, after a word of the future: that Monday is gone)
    found = [(m.text, m.future) for m in tag_dates(row["example"], dt.date(2026, 5, 11)) if m.on_calendar]
    assert found and found[-1][0].endswith("Monday") and found[-1][1] is False, found


# tense.tsv keeps one row per word and kind; the month-named quarters' second examples, the next report told by a day
# alone after a comma, are here
@pytest.mark.parametrize("month", ["March", "June", "September", "December"])
def test_a_month_named_quarter_s_report_and_the_next_one_s_day_are_scheduled(month):
    text = f"Baidu reports {month}-quarter results on Thursday, and JD.com on Friday."
    assert _tense_of_found(text, -1) == "schedule"


def _assert_its_last_date_is_past_and_no_forecast(text):
    low = finder.lower_form(text)
    expression = finder.find_expressions(text)[-1]
    assert finder.clause_tense(text, low, expression.start, expression.end) == "past"
    assert not finder.is_forecast(text, low, expression.start, expression.end)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "attributive"])
def test_a_word_of_likelihood_after_a_determiner_qualifies_its_noun_and_makes_no_forecast(row):
    text = row["example"]
    _assert_its_last_date_is_past_and_no_forecast(text)
    assert [m.future for m in tag_dates(text, dt.date(2025, 9, 17))] == [False]


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] in ("sum_estimated", "estimator")])
def test_a_sum_those_who_estimate_expected_is_an_estimate_made_then_no_forecast(row):
    text = row["example"]
    assert re.search(rf"\b{row['word']}\b", text.lower())
    _assert_its_last_date_is_past_and_no_forecast(text)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] in ("role_noun", "role_of")])
def test_a_word_of_likelihood_before_a_noun_of_a_part_played_makes_no_forecast_of_the_thing_it_is_said_of(row):
    text = row["example"]
    low = finder.lower_form(text)
    words = {kind: "|".join(r["word"] for r in load_table("dates/tense.tsv") if r["kind"] == kind)
             for kind in ("role_noun", "role_of")}
    words[row["kind"]] = re.escape(row["word"])
    noun = re.search(rf"\b(?:{words['role_noun']})s?\s+(?:{words['role_of']})\b", low)
    assert noun, f"{row['word']!r} is not said of a thing in {text!r}"
    _assert_its_last_date_is_past_and_no_forecast(text)
    assert [m.future for m in tag_dates(text, dt.date(2025, 12, 20))] == [False]


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "auxiliary"])
def test_a_past_word_after_an_auxiliary_is_a_participle_that_gives_its_date_no_past(row):
    text = row["example"]
    expression = finder.find_expressions(text)[-1]
    assert finder.clause_tense(text, finder.lower_form(text), expression.start, expression.end) != "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "clause_opening"])
def test_a_word_that_opens_a_side_clause_ends_the_clause_before_it(row):
    text = row["example"]
    low = finder.lower_form(text)
    opening = re.search(rf"\s{row['word']}\s", low).start() + 1
    assert lexicon.clause_break().search(low, 0, opening + len(row["word"])).start() == opening
    _assert_its_last_date_is_past_and_no_forecast(text)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] in ("possibility", "question")])
def test_a_word_of_possibility_or_of_an_open_question_makes_a_forecast_of_a_period_but_gives_its_clause_no_tense(row):
    text = row["example"]
    low = finder.lower_form(text)
    expression = finder.find_expressions(text)[-1]
    assert finder.clause_tense(text, low, expression.start, expression.end) != "future"
    assert finder.is_forecast(text, low, expression.start, expression.end)
    assert [m.future for m in tag_dates(text, dt.date(2025, 9, 17))] == [True]


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "forecast_period"])
def test_the_period_a_forecast_is_for_is_not_when_the_forecast_was_made(row):
    text = row["example"]
    assert _tense_of_found(text, 0) != "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "to_now"])
def test_words_that_bring_the_story_up_to_now_end_the_past_year_it_told_of(row):
    *_, month = tag_dates(row["example"], dt.date(2025, 11, 27), sentences=split_sentences(row["example"]))
    assert month.when.startswith("2025-"), month


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "cites_source"])
def test_a_date_in_an_aside_citing_a_source_is_no_period_a_year_earlier_counts_back_from(row):
    *_, cited, earlier = tag_dates(row["example"], CNBC, sentences=split_sentences(row["example"]))
    assert (cited.when, earlier.when) == ("2025-10", "FY2024"), earlier


@pytest.mark.parametrize("text,dates", [
    ("Wool prices rose 8% in the season to June, the growers' board said in its May newsletter, a record.", True),
    ("Wool prices rose 8% in the season to June, the board said in its May newsletter, a record.", True),
    # (a date with no document after it is an ordinary said aside's, not this rule's)
    ("Wool prices rose 8% in the season to June, the board said in May, a record.", False),
    # (no comma opens an aside: the saying is the sentence's own news)
    ("The board said in its May newsletter that wool prices rose 8%, a record.", False),
])
def test_a_date_naming_the_document_of_a_said_aside_dates_only_the_saying(text, dates):
    low = text.lower()
    start = low.index("may")
    assert finder.dates_the_document_of_a_said_aside(low, start, start + 3) is dates


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "side_opening_link"])
def test_a_day_in_a_side_clause_a_past_year_opens_after_its_link_is_of_that_year(row):
    *_, until = tag_dates(row["example"], dt.date(2025, 6, 10), sentences=split_sentences(row["example"]))
    assert until.when == "2024-03", until


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "passive_ahead"])
def test_a_season_after_a_passive_still_to_come_and_its_by_is_a_deadline(row):
    season, = calendar(row["example"], dt.date(2025, 6, 10))
    assert season[0].startswith("by "), season


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "level_change"])
def test_a_level_moved_in_the_past_keeps_its_month_gone_past_the_modal_of_a_relative_clause_on_its_object(row):
    # (the month is the last November 2025 left behind: every example is written for a month told after the change)
    *_, month = tag_dates(row["example"], CNBC)
    assert (month.when.startswith("2025-"), month.future) == (True, False), month


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "boundary"])
def test_a_word_that_opens_another_clause_keeps_its_future_away_from_the_date_before_it(row):
    text = row["example"]
    assert _tense_of_found(text, 0) != "future"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "plan_cut_short"])
def test_a_plan_in_the_past_progressive_a_past_main_clause_cut_short_is_for_a_time_gone(row):
    text = row["example"]
    assert f" {row['word']} " in text
    assert _tense_of_found(text, -1) == "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "day_clause"])
def test_a_clause_of_what_happened_on_the_day_right_after_a_plan_told_in_the_past_progressive_cuts_it_short(row):
    text = row["example"]
    assert f" {row['word']} " in text
    assert _tense_of_found(text, -1) == "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "complement"])
def test_a_word_that_opens_a_reported_clause_keeps_its_future_away_from_the_date_of_the_report(row):
    text = row["example"]
    assert _tense_of_found(text, 0) == "past"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] in ("cancel", "determiner")])
def test_a_plan_called_off_is_no_forecast_and_its_date_takes_the_tense_of_the_verb(row):
    _assert_its_last_date_is_past_and_no_forecast(row["example"])


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "name_join"])
def test_a_month_a_long_name_joined_by_a_small_word_issued_something_in_is_past_after_a_forecast_noun(row):
    assert f" {row['word']} " in row["example"]
    assert [(m.when, m.future) for m in tag_dates(row["example"], CNBC)] == [("2025-06", False)]


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "negation"])
def test_a_verb_of_a_timetable_after_a_verb_in_the_past_and_a_negation_is_in_the_past(row):
    text = row["example"]
    assert _tense_of_found(text, 0) == "past"


@pytest.mark.parametrize("row",
                         [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] in ("link", "subject", "passive")])
def test_a_verb_in_the_past_right_before_its_date_keeps_it_in_the_past_whatever_future_came_earlier(row):
    text = row["example"]
    assert _tense_of_found(text, -1) == "past"


@pytest.mark.parametrize("text, expression", [
    # setDD, dd_bot_minutes: a word of possibility right after the subject of a clause "that" opens
    ("It flagged that the fourth quarter could be weaker than the third because of US tariffs.", "the fourth quarter"),
    # setDF, df_freight: the date qualifies the subject's noun
    ("Hapag-Lloyd, which warned in November that its 2026 earnings would fall sharply, is due to report.", "2026"),
    # setDE, de_digest: a relative clause set off by commas stands between the date and its verb
    ("Eddie Wu said capital expenditure in fiscal 2027, which began on April 1, would exceed 150 billion yuan.",
     "fiscal 2027"),
    # a long subject with a sum whose currency is told by a prefix
    ("Brokers said a share placement of up to NZ$40 million before Easter could not be ruled out.", "Easter"),
])
def test_a_date_in_the_subject_of_a_reported_clause_is_forecast_by_that_clause_s_verb(text, expression):
    low = finder.lower_form(text)
    found = next(e for e in finder.find_expressions(text) if text[e.start:e.end] == expression)
    assert finder.is_forecast(text, low, found.start, found.end)


@pytest.mark.parametrize("text, expression, tense", [
    # a date inside the subject a "that" opens, no word of tense between, is not the verb of saying's past
    ("Growers warned that a dry spell forecast for the southern winter could cut the wheat crop.", "winter", ""),
    ("Port officials said that the outage at the terminal in March cost them two days of loading.", "March", "past"),
    # ... a bare noun and one word after it too, its own verb after the date telling the tense, a verb of tense
    # between still counting
    ("The bakery chain warned that profits in April would slip as flour costs climb.", "April", "future"),
    ("The bakery chain said that profits rose in April.", "April", "past"),
    ("The mill warned that output in May would fall short of its quota.", "May", "future"),
])
def test_a_date_in_a_reported_subject_a_that_opens_takes_no_tense_from_the_verb_of_saying(text, expression, tense):
    low = finder.lower_form(text)
    found = next(e for e in finder.find_expressions(text) if text[e.start:e.end] == expression)
    assert finder.clause_tense(text, low, found.start, found.end) == tense


@pytest.mark.parametrize("text, expression, forecast", [
    # a verb of the future that ends a listed phrase of the past is that past
    ("Nobody expected a breakthrough at the talks this week, a diplomat said.", "this week", False),
    ("Diplomats expected a breakthrough at the talks this week.", "this week", True),
    # words right after the date that judge a thing fit or likely (tense.tsv kind judged_ahead)
    ("Most policymakers still saw two rate cuts this year as appropriate, the minutes showed.", "this year", True),
    # ... not "as likely", which judges what was as well as what is to come
    ("Officials described the slump in the first quarter as likely temporary, the minutes showed.", "the first quarter",
     False),
    ("Most policymakers still saw two rate cuts this year, the minutes showed.", "this year", False),
    # ... nor a thing judged that an owner's word makes one already known (tense.tsv kind judged_known)
    ("Ratings agencies saw its pension reform in the first quarter as warranted, given the deficit.",
     "the first quarter", False),
    # ... which "the" does not ("the rate cut in December" is as often the one to come)
    ("Several officials saw the rate cut in December as appropriate, the minutes showed.", "December", True),
    # a copula and "when" right after the date (tense.tsv kind subject_when): the date is the time of the clause
    # "when" opens, not of the copula's present
    ("The September quarter is when the new smelter should reach full output.", "The September quarter", True),
    ("The September quarter is when the smelter reached full output last year.", "The September quarter", False),
    # a phrase "since" opens ends at its own date: a date after it is the main clause's, which looks ahead
    ("The rail operator will run its first night trains since 2016 in the second half.", "the second half", True),
])
def test_a_forecast_is_told_by_its_words_not_by_a_verb_of_the_future_inside_a_phrase_of_the_past(text, expression,
                                                                                                  forecast):
    low = finder.lower_form(text)
    found = next(e for e in finder.find_expressions(text) if text[e.start:e.end] == expression)
    assert finder.is_forecast(text, low, found.start, found.end) is forecast


@pytest.mark.parametrize("text, when", [
    # what a deed in the past came after is gone too: the verb still dates the day after "after" and its noun
    ("The ferry service to the island resumed after the storm on Aug. 14.", ("2025-08-14", False)),
    ("Lifts in the resort reopened after the heavy snowfall on Aug. 14, the operator said.", ("2025-08-14", False)),
    # a verb of the future before "after" keeps the coming day
    ("The ferry service to the island will resume after the storm on Aug. 14.", ("2026-08-14", True)),
])
def test_a_day_a_phrase_of_after_names_right_after_a_verb_in_the_past_is_that_verb_s_gone_day(text, when):
    low = finder.lower_form(text)
    found = next(e for e in finder.find_expressions(text) if text[e.start:e.end] == "Aug. 14")
    assert finder.told_by_a_past_verb(text, low, found.start, found.end) is (not when[1])
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 2)) if m.text == "Aug. 14"] == [when]


@pytest.mark.parametrize("text, told", [
    # a month words right after it judge fit or likely is what the past verb held a view of, not the verb's own time
    ("A majority of members saw a rate hike in October as warranted, the record of the meeting showed.", False),
    ("A majority of members backed a rate hike in October, the record of the meeting showed.", True),
])
def test_a_month_judged_fit_or_likely_is_not_the_time_of_the_past_verb_before_it(text, told):
    low = finder.lower_form(text)
    found = next(e for e in finder.find_expressions(text) if text[e.start:e.end] == "October")
    assert finder.told_by_a_past_verb(text, low, found.start, found.end) is told
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2025, 7, 10)) if m.text == "October"] == (
        [("2024-10", False)] if told else [("2025-10", True)])


@pytest.mark.parametrize("text, past", [
    # setDD, dd_xiaomi_pictures: a clause coordinated after a comma goes on with the story
    ("Analysts at CLSA expect the unit to swing back to a loss, and they cut their target price on the stock to "
     "HK$48 from HK$55 on Thursday.", True),
    ("Analysts at CLSA expect the unit to swing back to a loss and to cut their target price on Thursday.", False),
])
def test_a_verb_whose_past_is_its_base_form_after_a_comma_a_coordinator_and_its_pronoun_is_past(text, past):
    assert (_tense_of_found(text, -1) == "past") == past


@pytest.mark.parametrize("text", ["The Fed is expected to keep rates unchanged in December.",
                                  "Hong Kong shares are expected to open little changed on Monday.",
                                  "The company will be listed in Hong Kong in March."])
def test_a_word_that_only_ends_like_a_past_verb_leaves_the_forecast_to_its_date(text):
    assert _tense_of_found(text, -1) == "future"


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] in ("percent", "fraction")])
def test_every_percent_unit_example_leaves_the_comparative_after_its_figure_out_of_the_date(row):
    # (a fraction in words is such a figure: "about a third less than two years ago" is no stretch under two years)
    found = timexes(row["example"], CNBC)
    assert found and not any(t.get("mod") in ("MORE_THAN", "LESS_THAN") for t in found), found


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "habitual"])
def test_every_habitual_marker_example_leaves_its_holiday_off_the_calendar(row):
    holiday = next(m for m in tag_dates(row["example"], CNBC) if m.timex_value.startswith("XXXX"))
    assert (holiday.when, holiday.on_calendar) == ("", False)


@pytest.mark.parametrize("text, expression, when", [
    # setDS, ds_pboc_macro: "usually" in the clause after ", and" tells a custom of that clause alone
    ("Trade data for October are due on Nov. 7, and the Politburo's economic meeting is usually held in early "
     "December.", "Nov. 7", "2025-11-07"),
    ("The index is due in March, and the meeting usually comes in the spring.", "March", "2026-03"),
])
def test_a_recurrence_told_in_a_later_clause_does_not_reach_back_to_a_date(text, expression, when):
    found = {m.text: m.when for m in tag_dates(text, dt.date(2025, 10, 20))}
    assert found[expression] == when


def test_a_recurrence_in_its_own_clause_still_makes_a_month_no_particular_one():
    found = {m.text: m.when for m in tag_dates("The company typically reports results in late February, and its "
                                               "shares often move.", dt.date(2025, 10, 20))}
    assert found.get("late February", "") == ""


def test_an_offer_timetable_in_the_present_is_the_coming_days_and_its_clock_time_joins_its_day():
    # setDT, dt_prospectus, published on Monday, June 8, 2026
    found = [(m.text, m.when, m.future) for m in tag_dates("The books open on Tuesday and close on Friday at noon.",
                                                           dt.date(2026, 6, 8))]
    assert found == [("Tuesday", "2026-06-09", True), ("Friday at noon", "2026-06-12", True)]


def test_a_holiday_in_a_clause_about_one_occasion_is_that_occasion():
    text = "Alibaba's sales rose 5% on Singles Day, the company said."
    assert [m.when for m in tag_dates(text, CNBC)] == ["2025-11-11"]


def test_a_plan_of_the_past_is_no_forecast_and_a_deadline_in_the_past_perfect_is_past():
    expired = "The offer was extended to Nov. 16. It had been due to expire Friday evening."
    filed = "Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday."
    monday = dt.date(1989, 10, 30)
    assert [m.timex_value for m in tag_dates(expired, monday)][-1] == "1989-10-27TEV"
    assert [m.timex_value for m in tag_dates(filed, dt.date(1990, 8, 16))] == ["1990-08-15"]


def test_a_date_after_since_is_in_the_past_and_after_by_in_the_future():
    assert [m.when for m in tag_dates("The shares have been cut in half since August.", dt.date(1989, 10, 26))] == [
        "1989-08/.."]
    assert [m.when for m in tag_dates("Elian must be returned to his father by Jan. 14.", dt.date(2000, 1, 6))] == [
        "2000-01-14"]


def test_a_decade_after_since_opens_from_its_first_year_in_the_table_form():
    text = "The family has run the mill since the 1950s."
    assert [m.when for m in tag_dates(text, dt.date(2025, 9, 26))] == ["1950/.."]


HYPHEN_MODIFIERS = [
    ("Ant could file a listing application by end-March, the people said.", "end-March", "END"),
    ("Deposits more than doubled at end-September.", "end-September", "END"),
    ("The rally may end March 3.", "March 3", ""),
]


@pytest.mark.parametrize("text,expression,mod", HYPHEN_MODIFIERS)
def test_end_joined_by_a_hyphen_is_the_end_of_the_period_and_end_alone_is_a_verb(text, expression, mod):
    [found] = timexes(text, CNBC)
    assert (found["text"], found.get("mod", "")) == (expression, mod)


@pytest.mark.parametrize("text,governs", [
    ("Analysts will watch Wednesday's Fed decision.", True),
    ("The market awaits Thursday's jobs report.", True),
    ("The relatives said they would look for ways to get around Wednesday's ruling.", False),
    ("Wednesday's meeting will decide the rate.", False),
    # ("as the" opens a clause of its own only after a comma, and the gap holds none)
    ("Traders will stay cautious as the Friday jobs report nears.", True),
])
def test_a_marker_of_the_future_governs_a_possessive_weekday_only_right_before_its_noun(text, governs):
    low = finder.lower_form(text)
    weekday = next(e for e in finder.find_expressions(text) if "weekday" in e.parts)
    assert finder.a_plain_future_governs(text, low, weekday.start, weekday.end) is governs


@pytest.mark.parametrize("text,done", [
    ("The index fell 2% by Thursday.", True),
    ("The clip was viewed 300 million times by midday Friday.", True),
    ("Alibaba was ordered to pay the fine by Friday.", False),
    ("The company will list the unit by Friday.", False),
    # (an adverb between a past copula and the place it puts its subject in: tense.tsv place_adverb)
    ("The two kilns were back in use by late March.", True),
    ("Rescue crews were still at the mine by nightfall.", True),
    ("The two kilns will be back in use by late March.", False),
])
def test_a_deadline_is_done_when_the_verb_before_it_with_its_object_is_in_the_past(text, done):
    low = finder.lower_form(text)
    by = low.index(" by ") + 1
    assert finder.done_by_a_past_verb(text, low, by, by + 3) is done


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "infinitive"])
def test_an_infinitive_before_a_deadline_is_the_deadline_s_own_verb_not_the_past_one_before_it(row):
    text = row["example"]
    low = finder.lower_form(text)
    by = low.index(" by ") + 1
    assert not finder.done_by_a_past_verb(text, low, by, by + 3)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "background"])
def test_a_date_in_a_clause_that_tells_the_background_of_the_date_before_it_is_found_there(row):
    text = row["example"]
    low = finder.lower_form(text)
    first, last = finder.find_expressions(text)[0], finder.find_expressions(text)[-1]
    assert finder.in_a_background_clause(low, last.start) and not finder.in_a_background_clause(low, first.start)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "comparison"])
def test_a_comparison_word_before_a_date_makes_it_the_base_of_a_comparison(row):
    text = row["example"]
    low = finder.lower_form(text)
    [base] = finder.find_expressions(text)
    assert lexicon.comparison_before().search(low, 0, base.start)


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "agent"])
def test_a_participle_with_its_agent_in_a_clause_that_looks_ahead_tells_no_past(row):
    text = row["example"]
    assert _tense_of_found(text, -1) == "future"


@pytest.mark.parametrize("text,compared", [
    ("expect retail sales growth to slow to 2.7% from 3% in September", True),
    ("net profit rose, compared with 145 billion yuan in December", True),
    ("Analysts expect growth of 5% in March", False),
    # a comma after the base figure closes the comparison: the phrase after it is the thing's own
    ("The board raised its dividend to 84 cents, up from 80 cents, payable in October", False),
])
def test_the_base_figure_of_a_comparison_is_found_right_before_its_date(text, compared):
    low = finder.lower_form(text)
    date = finder.find_expressions(text)[-1]
    assert (lexicon.figure_compared_before().search(low, 0, date.start) is not None) is compared


def test_a_clause_read_without_sentences_stops_at_the_reach_in_a_text_with_no_sentence_end():
    # a list or table that runs on without a full stop: the clause of a date is not read from the text's start
    # (which made a long text's reading grow with the square of its length)
    rows = "Alibaba 120 Tencent 98 Baidu 45 JD 30 " * 40
    text = rows + "results due in March"
    low = finder.lower_form(text)
    march = finder.find_expressions(text)[-1]
    start, end = finder.Clauses(text, low).sentence(march.start, march.end)
    assert text[march.start:march.end] == "March"
    assert start == march.start - finder._SENTENCE_REACH and end == len(text)


def test_a_country_abbreviation_before_a_capitalised_noun_does_not_end_the_clause_of_a_date():
    text = "The bill, which the U.S. Senate passed on Tuesday, will become law in January."
    low = finder.lower_form(text)
    tuesday = next(e for e in finder.find_expressions(text) if text[e.start:e.end] == "Tuesday")
    assert finder.Clauses(text, low).sentence(tuesday.start, tuesday.end)[0] == 0


def _tense_of(text: str, expression: str) -> str:
    low = finder.lower_form(text)
    start = text.index(expression)
    return finder.clause_tense(text, low, start, start + len(expression))


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv")
                                 if r.values[0]["kind"] == "adjective_preposition"])
def test_a_word_in_ed_right_after_a_preposition_is_an_adjective_and_tells_no_past(row):
    assert _tense_of_found(row["example"], -1) != "past"


def _tense_of_found(text: str, index: int) -> str:
    """The tense of the clause of the date the finder finds at ``index`` (-1: the last) in ``text``."""
    expression = finder.find_expressions(text)[index]
    return finder.clause_tense(text, finder.lower_form(text), expression.start, expression.end)


@pytest.mark.parametrize("text, tense", [
    # setKA, ka_mfa_briefing: after a verb of wanting and its object, a participle tells the state wanted
    ("Shareholders want the buyback resumed in the spring.", "future"),
    ("Regulators want Crestline removed from the index before the end of the year.", "future"),
    # ... but an object with no determiner and no name leaves the clause its own verb
    ("Members who want change voted against the motion in March.", "past"),
])
def test_a_participle_after_a_verb_of_wanting_and_its_object_tells_the_state_wanted_not_the_past(text, tense):
    assert _tense_of_found(text, -1) == tense


def test_a_verb_whose_past_is_its_base_form_is_past_after_a_name_or_a_singular_pronoun():
    assert _tense_of("Rival Tencent would raise spending, while Baidu cut prices for its models twice in May.",
                     "May") == "past"
    assert _tense_of("It hit a record in March.", "March") == "past"


def test_a_verb_whose_past_is_its_base_form_tells_no_past_after_a_plural_a_modal_or_as_a_noun():
    assert _tense_of("Retailers cut prices before Thanksgiving.", "Thanksgiving") == ""
    assert _tense_of("Alibaba will cut prices in March.", "March") == "future"
    assert _tense_of("Traders bet on a Fed cut in December.", "December") == ""


def test_a_quarter_in_a_title_case_heading_is_found_but_a_capitalised_unit_in_a_sentence_is_a_name():
    heading = "Veridian Cloud Holdings Reports Third Quarter 2025 Financial Results"
    assert [(e.text(heading), e.parts.get("unit"), e.parts.get("ordinal")) for e in finder.find_expressions(heading)] \
        == [("Third Quarter 2025", "Q", 3)]
    assert not any(e.parts.get("unit") == "W" for e in finder.find_expressions("He was a guest on ABC's This Week."))


def test_quarters_listed_by_their_ordinals_before_one_plural_noun_are_two_periods():
    text = "Analysts warned that profits could fall again in the third and fourth quarters."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 9, 7))] == [
        ("third", "2026-Q3", True), ("fourth quarters", "2026-Q4", True)]


def test_the_year_of_a_list_of_quarters_goes_with_both():
    text = "Profits fell in the first and second quarters of 2025."
    assert [m.when for m in tag_dates(text, dt.date(2026, 9, 7))] == ["2025-Q1", "2025-Q2"]


def test_the_sentence_after_a_price_in_pence_is_read_on_its_own():
    text = ("By 1991 Hartwell was losing money, and its shares, which had peaked at 410p in 1987, traded at 38p. "
            "In the autumn of that year Geoffrey sold control for £9.5 million.")
    low = finder.lower_form(text)
    clauses = finder.Clauses(text, low)
    autumn = text.index("the autumn")
    assert clauses.sentence(autumn, autumn + 10)[0] == text.index("In the autumn")


def test_a_predicate_coordinated_after_a_date_does_not_lend_it_its_future():
    text = ("Alibaba launched its latest flagship model, Qwen3.5, in September and plans to release an upgraded "
            "version in the first half of 2027.")
    assert _tense_of(text, "September") == "past"
    assert _tense_of(text, "the first half of 2027") == "future"


def test_projected_with_its_own_date_is_a_past_verb_and_projected_to_a_forecast():
    assert _tense_of("Growth of 1.4% in 2027 is down from the 1.6% it projected in July.", "July") == "past"
    assert _tense_of("Sales are projected to double by 2030.", "2030") == "future"


def test_must_looks_ahead_but_must_have_does_not():
    assert _tense_of("The club must sell players before the end of the financial year on June 30.",
                     "June 30") == "future"
    assert _tense_of("The letter must have arrived in March.", "March") != "future"


def test_forecasts_beaten_or_missed_are_a_noun_and_no_forecast():
    text = "Alibaba reported a 34% jump in cloud revenue on Tuesday, beating analyst forecasts."
    assert _tense_of(text, "Tuesday") == "past"
    assert _tense_of("Shares fell on Monday after earnings missed forecasts.", "Monday") == "past"


def test_a_present_verb_of_a_fixture_reads_its_date_as_a_timetable():
    text = "The win earns Harlow a Community Shield meeting with champions Arsenal on Aug. 9."
    assert _tense_of(text, "Aug. 9") == "schedule"


def _in_a_side_clause_with_a_verb(text, date_text):
    low = finder.lower_form(text)
    start = text.index(date_text)
    return finder.in_a_side_clause_with_a_verb(low, start, start + len(date_text), None, finder.Clauses(text, low))


def test_after_with_no_verb_before_the_date_opens_a_phrase_not_a_side_clause():
    side = _in_a_side_clause_with_a_verb
    assert not side("The shift accelerated after DeepSeek's breakthrough in January 2025.", "January 2025")
    assert side("Shares fell after the company warned in January 2025 that spending would rise.", "January 2025")
    assert side("He has stayed out of view since his October 2020 speech.", "October 2020")


def test_must_reported_in_the_past_perfect_is_had_to_where_other_futures_shift_back():
    text = ("The Immigration and Naturalization Service had ruled that Elian must be returned to his father, "
            "Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation to Cuba.")
    assert _tense_of(text, "Friday") == "past"
    text = ("Navigation Mixte's chairman had suggested that friendly institutions were likely to buy its stock as "
            "soon as trading opened Monday.")
    assert _tense_of(text, "Monday") == "future"


def test_after_and_a_gerund_opens_a_clause_with_a_verb():
    text = "After accounting for a small downward revision Friday to December's figures, the economy grew."
    assert _in_a_side_clause_with_a_verb(text, "December")


def test_a_predicate_coordinated_with_an_auxiliary_after_a_date_does_not_lend_it_its_future():
    text = ("Hurricane Odette strengthened into a Category 3 storm over the Gulf of Mexico on Tuesday and is expected "
            "to make landfall along the central Louisiana coast late Thursday night, forecasters said.")
    assert _tense_of(text, "Tuesday") == "past"
    assert _tense_of(text, "late Thursday night") == "future"


def test_the_participle_of_a_plan_hung_on_a_clause_after_a_comma_tells_no_past():
    text = "It will also pay an annual dividend of $1.05 per American depositary share, to be paid in July."
    assert _tense_of(text, "July") == "future"


def test_the_last_weekday_before_a_day_is_not_last_week_s_weekday():
    text = "Dec. 20, the last Saturday before Christmas, will be one of the busiest shopping days of the month."
    values = {m.text: m.when for m in tag_dates(text, CNBC)}
    assert "last Saturday" not in values and values["Dec. 20"] == "2025-12-20"
    assert "the month" not in values    # (a rank held in the month: guards.tsv)
    assert {m.text: m.when for m in tag_dates("He said last Saturday that the deal was off.", CNBC)} == {
        "last Saturday": "2025-11-22"}


@pytest.mark.parametrize("text", ["The company's plans for this year are ambitious.",
                                  "China set a growth target of around 5% for this year."])
def test_a_plan_or_target_for_the_year_under_way_is_a_forecast(text):
    assert [m.future for m in tag_dates(text, CNBC) if m.text == "this year"] == [True]


def test_a_quarter_of_a_company_s_fiscal_year_is_a_fiscal_quarter_and_the_fiscal_year_alone_no_date():
    text = ("Revenue for the October-December quarter, the third quarter of Alibaba's fiscal year, rose 4% to "
            "287.6 billion yuan.")
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 2, 20))] == [
        ("the October-December quarter", "2025-Q4"), ("the third quarter of Alibaba's fiscal year", "2025-Q4")]
    assert [m.text for m in tag_dates("Alibaba's fiscal year ends in March.", CNBC) if m.on_calendar] == []


def test_a_deadline_set_in_the_past_looks_ahead_from_the_day_it_was_set():
    text = ("The European Commission on Tuesday opened a full-scale investigation into Halcyon Foods' $31.6 billion "
            "acquisition of snack maker Brightwater Brands, setting a Sept. 2 deadline for a decision.")
    values = {m.text: (m.when, m.future) for m in tag_dates(text, dt.date(2026, 5, 20))}
    assert values["Sept. 2"] == ("2026-09-02", True) and values["Tuesday"] == ("2026-05-19", False)
    assert {m.text: m.when for m in tag_dates("The company missed the Sept. 2 deadline.", dt.date(2026, 5, 20))} == {
        "Sept. 2": "2025-09-02"}


def test_a_fixture_told_in_the_present_is_the_coming_day():
    thursday = dt.date(2026, 2, 12)
    assert [m.when for m in tag_dates("They visit Millwall on Tuesday.", thursday)] == ["2026-02-17"]
    assert [m.when for m in tag_dates("They visited Millwall on Tuesday.", thursday)] == ["2026-02-10"]


def test_what_can_happen_in_the_year_under_way_is_a_forecast_and_a_past_year_stays_past():
    may_20 = dt.date(2026, 5, 20)
    assert [(m.when, m.future) for m in tag_dates("It adds to doubts that the deal can close this year.", may_20)] == [
        ("2026", True)]
    assert [(m.when, m.future) for m in tag_dates("Investors can see that sales fell in 2025.", may_20)] == [
        ("2025", False)]


def test_forecasts_as_a_noun_before_a_date_tell_no_future():
    text = "Ashby said forecasts on Saturday evening had suggested the storms would clear."
    low = finder.lower_form(text)
    start = text.index("Saturday evening")
    assert finder.clause_tense(text, low, start, start + len("Saturday evening")) == "past"


def test_a_clause_coordinated_after_a_comma_keeps_its_future_from_a_date_in_a_phrase_of_the_clause_before():
    text = ("It released a further $251 million in January and $262 million after its third review in July, and the "
            "fund's board is scheduled to conduct a fourth review in December.")
    at = text.index("July")
    assert finder.clause_tense(text, text.lower(), at, at + 4) == "past"
    fronted = "In March, and again in June, the company will cut prices."
    assert finder.clause_tense(fronted, fronted.lower(), 3, 8) == "future"


@pytest.mark.parametrize("text,expression", [
    ("Deliveries reached 312,800, putting Kairos within reach of its full-year target of 400,000 vehicles, which it "
     "set in March.", "March"),
    ("Cloud revenue growth accelerated again, and we will keep investing in AI infrastructure at the pace we set out "
     "in February.", "February"),
])
def test_a_verb_whose_past_is_its_base_form_is_past_after_its_pronoun_in_a_relative_clause_before_its_date(
        text, expression):
    start = text.index(expression)
    assert finder.clause_tense(text, finder.lower_form(text), start, start + len(expression)) == "past"


def test_a_verb_whose_past_is_its_base_form_before_an_infinitive_or_its_noun_is_no_past():
    for text in ("The company is expected to set out its plan in February.", "Traders bet on a Fed cut in December."):
        start = text.rindex(" ") + 1
        assert finder.clause_tense(text, finder.lower_form(text), start, len(text) - 1) != "past"


def test_a_verb_with_a_name_for_subject_after_the_word_opening_its_clause_keeps_its_date_in_the_past():
    text = ("It said last month that it expects sales to rise about 5% this year, helped by trade-in subsidies that "
            "Beijing extended in January.")
    start = text.index("January")
    assert finder.clause_tense(text, finder.lower_form(text), start, start + 7) == "past"
    plan = "It expects sales to rise this year, helped by subsidies extended in January."
    start = plan.index("January")
    assert finder.clause_tense(plan, finder.lower_form(plan), start, start + 7) == "future"


def test_the_verb_after_a_relative_clause_set_off_by_commas_is_the_main_clause_s_own_past():
    text = ("Schools will remain closed on Wednesday and the stock exchange, which cancelled trading for a full day on "
            "Tuesday under its severe-weather rules, reopened on Wednesday morning.")
    start = text.index("Wednesday morning")
    assert finder.clause_tense(text, finder.lower_form(text), start, start + 17) == "past"
    assert finder.clause_tense(text, finder.lower_form(text), text.index("Wednesday"), text.index("Wednesday") + 9) \
        == "future"


def test_each_after_a_figure_is_no_set_of_the_period_named_from_now():
    text = "We signed 14 deals worth more than $10 million each this quarter, against five a year ago."
    found = [text[e.start:e.end] for e in finder.find_expressions(text, None, finder.lower_form(text))]
    assert "this quarter" in found and "each this quarter" not in found


@pytest.mark.parametrize("text, anchor, expected", [
    ("Alibaba released Qwen2.5-Max on the eve of the Lunar New Year holiday, a day after DeepSeek's R1 model had "
     "wiped almost $600 billion off Nvidia's market value.", dt.date(2025, 5, 13),
     ("the eve of the Lunar New Year holiday", "2025-01-28")),
    ("Families gathered on the eve of Christmas in 2024.", CNBC, ("the eve of Christmas", "2024-12-24")),
    # before a head that is no holiday, "the eve of" is the noun's, not the date's
    ("On the eve of the 2024 election, shares fell.", CNBC, ("2024", "2024")),
])
def test_the_eve_of_a_holiday_is_the_day_before_it(text, anchor, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, anchor) if t["type"] == "DATE"][0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Toy makers rely on the Christmas quarter for almost half of their annual sales.", ("the Christmas quarter",
                                                                                         "2025-Q4")),
    ("Card spending jumped 7% in the Thanksgiving quarter, the lender said.",
     ("the Thanksgiving quarter", "2024-Q4")),
])
def test_a_quarter_named_by_a_holiday_is_the_quarter_that_holds_its_day(text, expected):
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC) if t["type"] == "DATE"][0] == expected


@pytest.mark.parametrize("text, expression", [
    ("Chief executive Lukas Baumgartner said bookings for the coming winter were 8% ahead.", "the coming winter"),
    ("The US shares fell 2.3% in New York that evening before recovering 4%.", "that evening"),
])
def test_the_coming_season_and_that_evening_are_read_whole(text, expression):
    assert expression in [text[e.start:e.end] for e in finder.find_expressions(text, None, finder.lower_form(text))]


def test_that_before_a_day_part_that_opens_a_clause_is_a_conjunction():
    text = "Officials said that evening trading would resume."
    assert "that evening" not in [text[e.start:e.end]
                                  for e in finder.find_expressions(text, None, finder.lower_form(text))]


@pytest.mark.parametrize("text, expression, tense", [
    ("Analysts at Jefferies cut their 2026 net profit forecast for BYD by 18% to 38 billion yuan on Friday, saying the "
     "latest cuts would shave 2 to 3 percentage points off its gross margin.", "Friday", ""),
    ("Analysts at Kessler Bank raised their 2026 copper forecast to $12,800 a tonne from $11,500 on Thursday, citing "
     "the lost output at Cerro Alto.", "Thursday", "past"),
    ("Rheinwerk Automobil AG cut its full-year profit forecast for the second time in four months late on Thursday, "
     "blaming US tariffs.", "Thursday", "past"),
    # the verb keeps its future
    ("The firm forecasts growth in March.", "March", "future"),
    ("Its economists forecast a rebound in March.", "March", "future"),
])
def test_a_forecast_after_a_determiner_and_before_a_preposition_is_a_noun_and_tells_no_future(text, expression, tense):
    start = text.index(expression)
    assert finder.clause_tense(text, finder.lower_form(text), start, start + len(expression)) == tense


def test_the_comma_of_a_figure_opens_no_aside():
    text = ("It reaffirmed its target of 350,000 deliveries for 2025, raised from 300,000 in March, and said it "
            "expected to hand over its 500,000th car before the end of the year.")
    start = text.index("March")
    assert finder.clause_tense(text, finder.lower_form(text), start, start + 5) == "past"


def test_the_sentence_of_a_span_does_not_depend_on_which_span_was_asked_for_first():
    text = "Intro. " + "word " * 100 + "end here."
    fresh = finder.Clauses(text).sentence(450, 455)
    asked_after = finder.Clauses(text)
    asked_after.sentence(10, 14)
    assert asked_after.sentence(450, 455) == fresh


def test_the_head_regexes_are_built_on_first_use_and_only_for_characters_a_rule_starts_with():
    heads = finder.grammar().heads
    for char in "abcdefghijklmnopqrstuvwxyz0123456789'%":
        built = heads[char]
        assert heads[char] is built     # (kept, not built again)
        assert built is None or built.regex.match(char) is None or built.rule_index
    assert heads["%"] is None and heads["m"] is not None
    assert heads["m"].regex.match("may 2024") is not None


def test_characters_that_start_the_same_head_rules_share_one_head_regex():
    """The digits 5 to 9 start the same rules ("5 Jan.", "1990s"), and their regex, some kB, is compiled once for
    all of them; a character with rules of its own keeps its own."""
    heads = finder.grammar().heads
    assert heads["5"] is heads["9"]
    assert heads["5"] is not heads["1"]
    text = "Production at the mine resumed on 7 May 2024, after 9 months of repairs."
    low = text.lower()
    assert [m.group() for m, _ in finder._heads(finder.grammar(), low)][:1] == ["7 may 2024"]


def test_a_before_pattern_reads_words_at_the_very_start_of_the_text_as_after_a_break():
    before = finder.Before(r"from\s+")
    assert before.search("from may", 5)[0] == 0         # (the lazily compiled pattern alone, at the start)
    assert before.search("prices from may", 12)[0] == 7
    assert before.search("prices for may", 11) is None


def test_the_last_words_of_a_before_pattern_skip_no_place_where_it_matches():
    """Before.search skips a place when the text there ends with none of the words its pattern ends with (read
    off the regex): on every example of the tables and at every place in it, that answers as the regex alone."""
    import copy

    from pipeline.dates import mentions
    befores = [mentions._connectors().before] + [row[0] for row in finder.grammar().guard[1] if row[0] is not None]
    assert befores[0].last_words is not None        # (the connectors' own regex is read)
    texts = [row["example"].lower() for name in ("dates/connectors.tsv", "dates/guards.tsv")
             for row in load_table(name) if row["example"]]
    texts += ["by  2024", "in\u00a0may", "set a new\trecord", "no later than june", "kick off may"]

    def answer(hit):
        return None if hit is None else (hit[0], hit[1].group(), hit[1].lastgroup)

    for before in befores:
        plain = copy.copy(before)
        plain.last_words = None
        for text in texts:
            for end in range(len(text) + 1):
                assert answer(before.search(text, end)) == answer(plain.search(text, end)), (before.pattern, text, end)


def test_last_words_are_read_only_where_sure():
    assert finder.last_words(r"(?:to\s+)?(?:start|begin|kick\s+off)\s+(?P<c0>)") == ("begin", "off", "start")
    assert finder.last_words(r"(?:set|gave)\s+(?:a|the)\s+(?:new\s+)?") == ("a", "new", "the")
    assert finder.last_words(r"in\s+(?!x)") == ("in",)
    assert finder.last_words(r"(?i:in)\s+") is None        # (flags of its own)
    assert finder.last_words(r"in\s*") is None             # (no whitespace needed)
    assert finder.last_words(r"[a-z]+\s+") is None         # (no word of its own)
    assert finder.last_words(r"in ") is None


def test_a_pattern_searched_up_to_a_date_has_the_last_words_of_its_rows_before_the_end_of_the_text():
    """moved_plans.tsv rows end at the date ("\\Z") after the "to" of the new time: that end consumes nothing, so
    a date with none of those words right before it is no moved plan's, unsearched."""
    from pipeline.dates import lexicon, mentions
    assert finder.last_words(r"(?:pushed|moved)\s+(?:\S+\s+){1,9}?(?:into|to|until)\s+\Z") == ("into", "to", "until")
    assert finder.last_words(lexicon.moved_plans().pattern) == ("into", "to", "until")
    low = "the carmaker has pushed the launch of its first electric pickup truck back to early 2027, it said."
    assert mentions._moved_plan_before(low, low.find("early"))
    low = "the carmaker has pushed the launch of its first electric pickup truck in early 2027, it said."
    assert not mentions._moved_plan_before(low, low.find("early"))


@pytest.mark.parametrize("text, tense", [
    ("Investors will watch the tariff hit, which Toyota put at 1.4 trillion yen in February.", "past"),
    ("The Bank of England, which set rates at 3.75% in December, is expected to hold.", "past"),
    ("Investors will watch the tariff hit, which analysts expect to put at 1.4 trillion yen in February.", "future"),
])
def test_a_verb_whose_past_is_its_base_form_after_a_name_opening_a_relative_clause_is_past(text, tense):
    assert _tense_of_found(text, -1) == tense


@pytest.mark.parametrize("text, expected", [
    ('She asked for 2 billion yuan in 2019. "Six years on, nobody remembers that," she said.', "Six years on"),
    ("Five years on, the furlough scheme's bill is still being counted", "Five years"),
    ("She collected £4.9 million in rent in 2025, against £9.7 million a decade before.", "a decade before"),
    ("Net profit at the ferry line rose to 48 million euros in the first half from 39 million euros a year before, "
     "it said.", "a year before"),
    ("He worked there for a year before, then left.", "a year"),
])
def test_a_count_before_or_on_dates_a_time_when_it_opens_a_sentence_after_another_or_follows_a_figure(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text, expected", [
    # setDP, dp_mall: a split year is no count of things, whatever word of time follows
    ("The council set a budget of £184 million for 2026-27 last month.", ["2026-27", "last month"]),
    ("Northwind hired 1500 last year.", ["last year"]),
    # a year told whole before a word of now is a date of its own: no number counts "now" or "today"
    ("The notes due 2041 now trade at 88 cents on the dollar.", ["2041", "now"]),
    ("Holders of its 2031 bonds due 2031 today face a haircut.", ["2031", "2031", "today"]),
])
def test_a_split_year_before_a_word_of_time_is_a_date_of_its_own(text, expected):
    assert [text[e.start:e.end] for e in finder.find_expressions(text)] == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("The 2024-25 winter was the driest on record in the Highlands.", dt.date(2026, 2, 10),
     [("2024-25 winter", "2024-WI")]),
    ("Ski resorts expect a busy 2026/27 winter.", dt.date(2026, 5, 10), [("2026/27 winter", "2026-WI")]),
])
def test_a_split_year_before_a_season_is_the_one_season_it_runs_across(text, anchor, expected):
    assert calendar(text, anchor) == expected


def test_a_year_that_results_are_told_for_stays_a_date_before_the_day_they_were_told():
    # a bare number before "last week" may be a count ("hired 1500 last year"), but not the year a profit is for
    text = ("The carrier, which reported an operating profit of 2.4 billion euros for 2025 last week, plans to hire "
            "1500 next year.")
    found = [(text[e.start:e.end], e.parts.get("year")) for e in finder.find_expressions(text)]
    assert ("2025", 2025) in found
    assert not any(year == 1500 for _, year in found)


def test_a_date_governed_by_a_participle_before_the_verb_of_its_clause_qualifies_the_subject():
    low = "the rules published on friday will apply to every listed lender."
    start = low.index("friday")
    assert finder.qualifies_the_subject(low, start, start + len("friday"))
    low = "the regulator published the rules on friday and lenders welcomed them."
    start = low.index("friday")
    assert not finder.qualifies_the_subject(low, start, start + len("friday"))


def test_a_set_of_quarters_stays_apart_from_the_year_it_recurs_in():
    text = "Margins should improve in every quarter of calendar 2027, the company said."
    found = [(text[e.start:e.end], e.parts.get("set", False))
             for e in finder.find_expressions(text, None, finder.lower_form(text, None))]
    assert found == [("every quarter", True), ("calendar 2027", False)]


@pytest.mark.parametrize("text, wanted, event", [
    ("Turnout fell in the week after the strike.", "the week after the strike", "strike"),
    ("Ferries stopped running two days before the storm, the council said.", "two days before the storm", "storm"),
    ("The road reopens the Tuesday after Glastonbury.", "the Tuesday after Glastonbury", "glastonbury"),
    # (a name or pronoun and a passive verb ending the clause: the verb names the happening)
    ("Shops on the square shut two days after Ortiz was arrested.", "two days after Ortiz was arrested", "arrested"),
])
def test_a_count_or_weekday_told_after_or_before_a_happening_takes_the_happening_s_noun(text, wanted, event):
    [exp] = [e for e in finder.find_expressions(text) if e.parts.get("event")]
    assert (text[exp.start:exp.end], exp.parts["event"]) == (wanted, event)


@pytest.mark.parametrize("text", [
    "The replay stays online for 12 months after the call.",
    "The rule takes effect 30 days after publication, on Nov. 16.",
    "Prices rose two days before Christmas.",
    "A year after the listing was pulled, the founder resurfaced.",
])
def test_a_count_takes_no_happening_when_it_is_a_stretch_has_its_own_day_or_precedes_a_date_or_a_clause(text):
    assert not [e for e in finder.find_expressions(text) if e.parts.get("event")]


def test_a_fiscal_year_named_after_its_word_by_the_two_years_it_spans_is_the_year_it_ends_in():
    text = "The lender expects growth of 3.2% in fiscal year 2025/26 and 3.8% in fiscal 2026/27."
    found = [(text[e.start:e.end], e.parts.get("year")) for e in finder.find_expressions(text)]
    assert found == [("fiscal year 2025/26", 2026), ("fiscal 2026/27", 2027)]


def test_a_fiscal_year_whose_two_years_a_hyphen_joins_is_one_expression_of_the_year_it_ends_in():
    text = "The ministry cut its borrowing target for fiscal year 2024-25 and again for fiscal year 2025\u201326."
    found = [(text[e.start:e.end], e.parts.get("year")) for e in finder.find_expressions(text)]
    assert found == [("fiscal year 2024-25", 2025), ("fiscal year 2025\u201326", 2026)]
    # (a second year that is not the next is no split year: the first stands alone)
    text = "The utility reported its fiscal year 2024-27 plan."
    assert [(text[e.start:e.end], e.parts.get("year")) for e in finder.find_expressions(text)][0] == (
        "fiscal year 2024", 2024)


def test_a_half_of_a_season_is_no_half_of_the_year():
    assert spans("The second half of the coming summer looks hotter than usual, forecasters said.") == [
        "the coming summer"]


def test_a_participle_past_a_comma_is_no_verb_of_a_month_the_future_governs():
    text = "The railway will open three new lines between May and August, part of a plan approved in 2022."
    low = text.lower()
    start, end = low.index("august"), low.index("august") + len("august")
    assert not finder.heads_a_past_clause(text, low, start, end, own_verb=True)
    found = [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 10)) if m.on_calendar]
    assert found[0] == ("between May and August", "2026-05/2026-08", True)


def test_a_season_in_a_quoted_title_or_naming_work_for_it_is_no_date():
    text = 'The troupe revives "The Winter Tale," and many of its actors hold summer jobs in the city.'
    assert not [t for t in timexes(text, CNBC) if "inter" in t["text"] or "summer" in t["text"].lower()]


def test_a_season_naming_a_round_of_graduate_hiring_is_no_date_but_a_season_hiring_happened_in_is():
    text = ("The insurer began its spring recruitment season with 900 places for graduates; autumn hiring follows. "
            "Hiring slowed in the autumn.")
    found = calendar(text, dt.date(2025, 3, 4))
    assert found == [("the autumn", "2024-FA")]


def test_opening_hours_told_daily_are_a_recurring_set_while_hours_of_one_day_stay_on_the_calendar():
    text = "The pool is open daily from 7 a.m. to 9 p.m. this summer, but it shut from 1 p.m. to 3 p.m. on Monday."
    found = calendar(text, dt.date(2025, 6, 11))
    assert found == [("this summer", "2025-SU"), ("from 1 p.m. to 3 p.m. on Monday", "2025-06-09")]


def test_a_quarter_code_before_a_split_year_reads_both_years_of_it():
    [found] = [e for e in finder.find_expressions("Arrears fell in Q1 2024/25.")]
    assert found.parts == {"quarter": 1, "year": 2024, "year2": 2025}


@pytest.mark.parametrize("sentence", [
    "The ferry firm will run four crossings a week from 9 March.",
    # the count alone, its noun told before, is as much a rate: "cut flights to three a week", not a week counted on
    "The ferry firm cut its crossings to the islands to three a week from 9 March.",
])
def test_a_count_of_things_told_in_words_a_week_is_a_rate_not_a_week_from_the_day_after_it(sentence):
    mentions = tag_dates(sentence, CNBC)
    found = [(t.text, t.value, t.type) for m in mentions for t in m.timexes]
    assert found == [("a week", "P1W", "SET"), ("9 March", "2026-03-09", "DATE")]


def test_a_split_year_at_the_end_of_a_sentence_is_one_year_named_by_two():
    [mention] = tag_dates("The striker wants to finish as top scorer in 2025/26.", CNBC)
    assert (mention.text, mention.when) == ("2025/26", "2025/2026")


@pytest.mark.parametrize("sentence, expected", [
    ("In February, the regulator forecast power demand would rise 4%.", "2025-02"),
    ("In April, the statistics office forecast a smaller harvest.", "2025-04"),
])
def test_a_month_fronted_before_a_singular_noun_and_forecast_dates_the_forecasting(sentence, expected):
    assert [m.when for m in tag_dates(sentence, CNBC)] == [expected]


def test_a_fiscal_year_by_its_two_years_mid_sentence_is_the_year_it_ends_in_as_at_a_sentence_s_end():
    text = "The utility sees fiscal 2027/28 capital spending of about $4 billion."
    assert [(text[e.start:e.end], e.parts.get("year"))
            for e in finder.find_expressions(text)] == [("fiscal 2027/28", 2028)]


def test_a_condition_opened_after_a_month_keeps_its_past_verbs_from_the_month_s_forecast():
    text = "Engineers said the shutdown could run into October if the supplier had to rebuild the turbine."
    clauses = finder.Clauses(text, text.lower())
    start = text.index("October")
    assert finder.clause_tense(text, text.lower(), start, start + len("October"), clauses=clauses) != "past"
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2025, 7, 14))] == [
        ("October", "2025-10", True)]


def test_a_condition_after_a_month_in_a_past_clause_leaves_it_past():
    text = "The mill closed in March if the union's account is right."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 7, 14))] == [("March", "2025-03")]


def test_a_next_day_report_a_company_files_names_a_speed_of_filing_not_a_day():
    text = "The lender's next-day disclosure returns showed it bought back 1.2 million shares."
    assert not [m for m in tag_dates(text, dt.date(2025, 7, 14)) if m.on_calendar]


def test_a_verb_of_expecting_in_the_past_right_before_a_period_under_way_makes_it_a_forecast():
    text = "The finance chief expected the April-June quarter to be the weakest of the year because of the monsoon."
    [quarter] = [m for m in tag_dates(text, dt.date(2026, 5, 12)) if m.on_calendar and "quarter" in m.text]
    assert (quarter.when, quarter.future) == ("2026-Q2", True)


def test_a_stretch_counted_on_after_a_verb_of_expecting_in_the_past_makes_no_row_counted_from_now():
    text = "Few of the founders who met in 2012 expected the next decade to bring a listing."
    assert [m.text for m in tag_dates(text, dt.date(2026, 5, 12)) if m.on_calendar] == ["2012"]


def test_a_period_under_way_heading_a_clause_after_a_comma_and_takes_that_clause_s_tense():
    text = ("The order book is the fullest it has been since 2019, and this month alone four ships are due to be "
            "delivered.")
    [month] = [m for m in tag_dates(text, dt.date(2026, 4, 7)) if m.on_calendar and m.text == "this month"]
    assert (month.when, month.future) == ("2026-04", True)


def test_a_period_under_way_in_a_reported_subject_with_a_figure_takes_the_reported_clause_s_future():
    text = "The broker wrote that margins above 12% in the first half of 2026 would justify an upgrade."
    [half] = [m for m in tag_dates(text, dt.date(2026, 3, 4)) if m.on_calendar]
    assert (half.when, half.future) == ("2026-H1", True)


@pytest.mark.parametrize("text,expected", [
    ("The boat show closes to the public on Sunday and opens to dealers again in March.",
     [("Sunday", "2026-07-26"), ("March", "2027-03")]),
    ("The quiz show, which returns in October, drew record ratings.", [("October", "2026-10")]),
    ("The chairman, whose term ends on Dec. 31, hands over to his deputy in January.",
     [("Dec. 31", "2026-12-31"), ("January", "2027-01")]),
])
def test_a_timetable_in_the_present_simple_is_the_coming_day_or_month(text, expected):
    # a Wednesday in July 2026
    assert [(t["text"], t["value"]) for t in timexes(text, dt.date(2026, 7, 22))] == expected


@pytest.mark.parametrize("text, wanted, when", [
    ("The rail regulator meets the train operators and the passenger groups in April, a spokeswoman said.", "April",
     "2026-04"),
    ("The festival opens with a free concert by the city's youth orchestra on March 6, organisers said.", "March 6",
     "2026-03-06"),
])
def test_a_verb_of_saying_after_a_timetable_tells_when_it_was_said_not_when_the_timetable_falls(text, wanted, when):
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 1, 21)) if m.text == wanted] == [(when, True)]


def test_a_run_of_days_scheduled_for_a_month_and_a_year_is_one_stretch():
    text = "The biennial wine fair is scheduled for Sept. 3 to 7, 2027, in Bordeaux."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 7, 22))] == [
        ("Sept. 3 to 7, 2027", "2027-09-03/2027-09-07")]


def test_a_half_code_without_its_year_is_a_half_only_in_a_text_on_halves_and_never_a_chip_or_hydrogen():
    anchor = dt.date(2025, 11, 20)
    found = [(m.text, m.when, m.future) for m in tag_dates(
        "After a first-half loss, Norland Foods said it expects H2 revenue to recover.", anchor) if m.on_calendar]
    assert ("H2", "2025-H2", True) in found
    assert [m.text for m in tag_dates("The H1 chip ships next year, and H2 pipelines are planned in the first half.",
                                      anchor) if m.text in ("H1", "H2")] == []
    assert [m.text for m in tag_dates("Sales of the H1 tractor rose in H2.", anchor) if m.text == "H2"] == []


def test_a_code_a_text_uses_for_hydrogen_is_no_half_before_sales_and_an_interim_chief_names_no_halves():
    anchor = dt.date(2026, 3, 12)
    text = ("Kestrel Motors delivered 40 H2 fuel-cell trucks to Rotterdam hauliers in the first half, and the company "
            "expects H2 sales to double as refuelling stations open.")
    assert [m.text for m in tag_dates(text, anchor) if m.text == "H2"] == []
    assert [m.text for m in tag_dates("Its interim chief executive expects H2 revenue to recover.", anchor)
            if m.text == "H2"] == []
    found = [(m.text, m.when) for m in tag_dates(
        "Its interim results were weak, and the board expects H2 revenue to recover.", dt.date(2025, 9, 2))]
    assert found == [("H2", "2025-H2")]


def test_a_verb_of_saying_with_where_it_was_said_between_tells_the_day_of_saying():
    text = "The insurer said in a filing on Tuesday it would cut 400 jobs."
    low = finder.lower_form(text)
    start = low.index("tuesday")
    assert finder.clause_tense(text, low, start, start + len("tuesday")) == "past"
    day = [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 3, 13)) if m.text == "Tuesday"]
    assert day == [("2026-03-10", False)]


def test_an_adverb_of_recurrence_in_a_clause_of_background_after_a_month_leaves_the_month_particular():
    text = "The clinic will reopen in March, when flu cases usually begin to fall."
    low = finder.lower_form(text)
    start = low.index("march")
    assert not finder.is_recurring(text, low, start, start + len("march"))
    assert finder.is_recurring("Flu cases usually fall in March.", "flu cases usually fall in march.", 24, 29)


@pytest.mark.parametrize("text, word", [
    ("Obon is usually the busiest week for Japan's railways, and this year it falls on Aug. 13.", "aug. 13"),
    ("Easter normally brings the first campers to the park, but next year it comes on March 28.", "march 28"),
    # ... and so is a relative clause set off after the custom's noun that opens so
    ("Schools usually close for a week around Easter, which this year falls on April 5.", "april 5"),
    ("Courts shut for the harvest festival and, in most years, for Eid, which this year falls on March 20.",
     "march 20"),
])
def test_a_clause_joined_after_a_custom_that_opens_on_one_year_s_occasion_is_no_custom(text, word):
    # (tense.tsv kind own_occasion)
    low = finder.lower_form(text)
    start = low.index(word)
    assert not finder.is_recurring(text, low, start, start + len(word))
    # ... while with no such words the custom reaches over the joined clause
    plain = text.replace("this year ", "").replace("next year ", "")
    low = finder.lower_form(plain)
    start = low.index(word)
    assert finder.is_recurring(plain, low, start, start + len(word))


def test_a_custom_told_in_a_relative_clause_on_a_later_noun_leaves_the_month_before_it_particular():
    text = "Growers blame a dry April and the early end of the rains, which normally last until mid-May."
    low = finder.lower_form(text)
    start = low.index("april")
    assert not finder.is_recurring(text, low, start, start + len("april"))
    may = low.index("mid-may")
    assert finder.is_recurring(text, low, may, may + len("mid-may"))
    # a relative clause right after the date tells of the date itself
    summer = "Tourists flock in for the summer, which usually brings long queues at the castle."
    at = summer.index("summer,")
    assert finder.is_recurring(summer, finder.lower_form(summer), at, at + len("summer"))


def test_a_day_of_the_month_alone_before_the_subject_of_its_clause_is_a_date():
    assert "the 8th" in spans("In June 2021, the watchdog fined the bank, and on the 8th the lender said it would pay.")


def test_a_quarter_named_by_its_month_of_a_fiscal_year_is_marked_as_the_quarter_that_month_closes():
    found = finder.find_expressions("Wipro's margin widened in the September quarter of FY24, it said.")
    assert [e.parts.get("by_month") for e in found] == [True]
    found = finder.find_expressions("Wipro's margin widened in the second quarter of FY24, it said.")
    assert [e.parts.get("by_month") for e in found] == [None]


def test_a_coordinator_then_a_subject_and_its_verb_open_a_clause_with_its_own_subject():
    def own_subject(text, first, second):
        low = finder.lower_form(text)
        clauses = finder.Clauses(text, low)
        lo, hi = low.index(first.lower()) + len(first), low.index(second.lower())
        return finder.a_clause_with_its_own_subject(low, lo, hi, clauses, (0, len(text)))
    assert own_subject("The harbour festival runs from May 3 to 9, 2027, and the council will decide in March "
                       "how many boats may moor.", "2027", "in March")
    assert not own_subject("The harbour festival opens on May 3, 2027, and will close in late September.",
                           "2027", "in late September")
    assert not own_subject("The harbour festival opens on May 3, 2027, and then will close in late September.",
                           "2027", "in late September")


def test_a_year_at_the_end_of_a_line_takes_no_number_from_the_bulleted_line_below_it():
    text = "The group plans two more plants in Texas by the end of 2027\n- 14 sites in Asia\n"
    assert [(text[e.start:e.end], e.parts.get("year"), e.parts.get("year2"))
            for e in finder.find_expressions(text)] == [("the end of 2027", 2027, None)]


def test_a_number_ending_a_line_is_no_day_of_the_month_that_opens_the_bulleted_line_below_it():
    text = "- May 2019: the regulator halts Lines 3 and 4\n- Aug. 2021: Lines pass the safety review\n"
    found = [(text[e.start:e.end], e.parts.get("day")) for e in finder.find_expressions(text)]
    assert found == [("May 2019", None), ("Aug. 2021", None)]


def test_an_era_written_after_a_year_or_century_is_part_of_its_expression():
    sentence = ("Archaeologists said the harbour wall was built around 2100 BC, rebuilt in the 9th century B.C.E. "
                "and buried by the eruption of 79 A.D.")
    found = {sentence[e.start:e.end]: e.parts for e in finder.find_expressions(sentence)}
    assert found == {"around 2100 BC": {"year": 2100, "era": "BC", "approx": "APPROX"},
                     "the 9th century B.C.E.": {"unit": "C", "era": "BC", "det": True, "ordinal": 9},
                     "79 A.D.": {"year": 79, "era": "AD"}}


def test_british_columbia_after_a_year_of_this_century_is_no_era_but_an_ancient_year_keeps_its_b_c():
    sentence = "In 2023 B.C. Ferries cut two routes; the harbour below was first settled about 3000 B.C. by fishers."
    found = {sentence[e.start:e.end]: e.parts.get("era") for e in finder.find_expressions(sentence)}
    assert found == {"2023": None, "about 3000 B.C.": "BC"}


def test_a_count_with_a_thousands_separator_is_counted_whole():
    sentence = "The village was settled some 4,500 years ago, the team said."
    assert [(sentence[e.start:e.end], e.parts.get("count")) for e in finder.find_expressions(sentence)] \
        == [("4,500 years ago", 4500)]


@pytest.mark.parametrize("text, anchor, expected", [
    # guards.tsv: "than at any time since" measures a record's stretch, no happening of that year
    ("Unemployment in the region is lower than at any time since 1974, the statistics office said on Friday.",
     dt.date(2026, 3, 2), [("Friday", "2026-02-27")]),
    # guards.tsv: "the second-wettest for the month", "peaked for the year" name the stretch a record runs over
    ("Rainfall in Sydney reached 210 mm in March, the second-wettest for the month since 1990.", dt.date(2026, 4, 2),
     [("March", "2026-03"), ("since 1990", "1990/..")]),
    ("Wholesale power prices peaked for the year at 310 euros a megawatt hour on Jan. 14.", dt.date(2026, 4, 2),
     [("Jan. 14", "2026-01-14")]),
    # guards.tsv: "the busiest week before Christmas" is measured over the stretch before the holiday, no happening on
    # it; the span told after it, or the week before the holiday alone, is
    ("The courier will add 300 drivers for the quietest week after New Year's Day, and for the busiest week before "
     "Christmas, from Dec. 14 to Dec. 20.", dt.date(2026, 11, 10),
     [("from Dec. 14 to Dec. 20", "2026-12-14/2026-12-20")]),
    ("Couriers were busiest in the week before Christmas.", dt.date(2026, 11, 10),
     [("the week before Christmas", "2025-12-18/2025-12-24")]),
    # guards.tsv: only a pair of seasons told with its year ("the spring-summer 2026 season") names a range of goods;
    # with no year or goods after it, it is a stretch of the calendar
    ("Gas demand will peak in the autumn-winter period, the grid operator said.", dt.date(2025, 10, 14),
     [("the autumn", "2025-FA"), ("winter", "2025-WI")]),
    ("Buyers placed orders for the autumn-winter 2026 season at the Milan fair.", dt.date(2026, 3, 10),
     [("2026 season", "2026")]),
    # guards.tsv: "the first of the year" set off by a comma is an appositive naming the first of a kind of thing in
    # the year, not New Year's Day
    ("The listing, the first of the year on the Shenzhen exchange, raised 2 billion yuan.", dt.date(2025, 10, 14), []),
    ("The lender said new fees would take effect on the first of the year.", dt.date(2025, 10, 14),
     [("the first of the year", "2026-01-01")]),
    # guards.tsv: a year-end moved to a month names the books' calendar, and neither makes a row
    ("Shareholders agreed on Monday to shift the dairy's financial year-end to March from 2028.", dt.date(2026, 2, 11),
     [("Monday", "2026-02-09"), ("2028", "2028")]),
])
def test_what_a_record_is_measured_over_a_fashion_range_or_an_appositive_names_makes_no_row(text, anchor, expected):
    assert calendar(text, anchor) == expected


def test_a_fiscal_year_in_an_apposition_naming_which_part_of_it_a_quarter_is_makes_no_row():
    text = "The retailer swung to a loss in the August-October quarter, the third of its fiscal year, it said."
    assert calendar(text, dt.date(2025, 12, 3)) == [("the August-October quarter", "2025-08/2025-10")]


def test_a_fiscal_year_told_by_its_number_in_an_apposition_naming_a_quarter_makes_no_row():
    text = "In the March quarter, the fourth of Wipro's fiscal 2026, its order book grew to $4.1 billion."
    assert calendar(text, dt.date(2026, 4, 20)) == [("the March quarter", "2026-Q1")]
    text = "Revenue rose 9% in the December quarter, the third of its fiscal 2026."
    assert calendar(text, dt.date(2026, 2, 20)) == [("the December quarter", "2025-Q4")]
    # its number told before "fiscal year" too, whose year alone is no row either
    text = "Bookings climbed 11% in the September quarter, the last of its 2025 fiscal year, and margins widened."
    assert calendar(text, dt.date(2025, 11, 12)) == [("the September quarter", "2025-Q3")]


@pytest.mark.parametrize("text, anchor, expected", [
    pytest.param("The brawl started with 6:31 left in the second quarter, and the league said on Tuesday it would fine "
                 "both teams.", dt.date(2026, 1, 14), [("Tuesday", "2026-01-13")],
                 id="a_game_clock_and_the_period_of_play_it_is_left_in_are_no_times"),
    # guards.tsv: a year closing a quoted name of a few words names a programme; a quoted deadline keeps its year
    pytest.param('The ministry will run the grants under a scheme it calls "Build in Oman 2040" and wants the port '
                 '"fully automated by 2030".', dt.date(2025, 10, 9), [("by 2030", "2030")],
                 id="a_year_closing_a_quoted_name_names_a_programme_and_a_quoted_deadline_keeps_its_year"),
])
def test_a_name_or_a_game_clock_that_looks_like_a_date_makes_no_row(text, anchor, expected):
    assert calendar(text, anchor) == expected


def test_the_clock_time_of_a_ferry_told_in_the_present_names_a_timetable_run_not_a_day():
    text = "In winter the 5:40 p.m. ferry is the last one back, and it was cancelled on Sunday."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 1, 14)) if m.text.startswith("5:40")] == [
        ("5:40 p.m.", "")]


def test_a_year_in_a_benchmark_s_name_an_apposition_explains_is_no_date():
    text = "On MATH 2024, a set of contest problems, the new model scored 91%, the lab said on Monday."
    assert calendar(text, dt.date(2026, 1, 14)) == [("Monday", "2026-01-12")]


def test_a_weekday_before_a_shift_after_a_names_a_kind_of_shift_while_a_told_day_stays():
    text = "Drivers can swap a Thursday shift for a weekend one, the depot said on Friday."
    assert calendar(text, dt.date(2026, 1, 14)) == [("Friday", "2026-01-09")]


def test_today_after_a_thing_of_that_size_is_nowadays_no_day():
    text = "Engineers said in 2019 that a quake of that magnitude today would topple older towers."
    assert calendar(text, dt.date(2026, 1, 14)) == [("2019", "2019")]


def test_a_month_before_puts_or_calls_at_a_strike_names_a_contract():
    text = "Volume in June calls at the $80 strike jumped after the upgrade on Monday."
    assert calendar(text, dt.date(2026, 3, 4)) == [("Monday", "2026-03-02")]


def test_a_delivery_speed_within_some_days_is_no_period_while_the_other_dates_of_its_sentence_stay():
    text = ("The retailer promises delivery within five days across Spain, and said on Monday it wants 70% of its "
            "parcels shipped within 24 hours by March.")
    found = calendar(text, dt.date(2025, 11, 5))
    assert found == [("Monday", "2025-11-03"), ("by March", "2026-03")]


def test_a_season_naming_a_parliament_s_session_or_a_base_s_resupply_is_no_time_while_the_day_it_opens_is():
    text = ("The senate will take up the bill in its winter session, which opens on Dec. 1, and the polar base "
            "expects its summer resupply ship on Jan. 12.")
    found = calendar(text, dt.date(2025, 11, 5))
    assert found == [("Dec. 1", "2025-12-01"), ("Jan. 12", "2026-01-12")]


def test_a_verb_in_the_past_right_after_a_day_is_its_own_whatever_future_stands_before():
    text = "The strike was due to begin at noon on Monday after union members on Sunday voted down the pay offer."
    assert _tense_of(text, "Sunday") == "past"


def test_climbed_is_a_verb_in_the_past_that_ends_the_reach_of_a_noun_of_the_future_before_it():
    text = "The odds of a storm surge climbed as forecasters watched the system through August and September."
    assert _tense_of(text, "August and September") == "past"


def test_the_next_before_a_month_or_weekday_counts_from_the_date_told_while_next_alone_counts_from_now():
    sentence = "The next March, the insurer paid a fine; its successor will list next March."
    found = [(sentence[e.start:e.end], e.parts.get("anaphoric", False)) for e in finder.find_expressions(sentence)]
    assert found == [("The next March", True), ("next March", False)]


def test_a_magnitude_word_after_a_figure_counts_no_time_and_the_date_after_it_stays_whole():
    # "thousand" ends the figure "12.6 thousand": only a tens word takes a unit after it ("twenty four years")
    text = "Housing starts slipped to 12.6 thousand in March from 13.1 thousand a year earlier, the bureau said."
    assert calendar(text, dt.date(2026, 4, 16)) == [("March", "2026-03"), ("a year earlier", "2025-03")]


def test_a_bare_season_doing_what_it_always_does_in_the_present_is_no_season_of_the_story():
    # guards.tsv: "Spring brings ..." tells a habit of every spring; "this spring" keeps its row
    text = "Spring brings the tourists back to the lakes, and the hotel reopens this spring after a refit."
    assert calendar(text, dt.date(2026, 1, 20)) == [("this spring", "2026-SP")]


def test_an_ordinal_before_and_final_counts_the_noun_after_it_not_a_day_of_the_month():
    text = "She stumbled only on the 12th and final hurdle, and the race was run on the 3rd and 4th."
    found = [m.text for m in tag_dates(text, dt.date(2026, 6, 11)) if m.on_calendar]
    assert found == ["the 3rd"]


def test_a_century_a_superlative_is_measured_over_places_nothing_on_the_calendar():
    text = "The drought was the longest of the 19th century, in 1896, and the 20th century brought worse."
    found = {m.text: m.when for m in tag_dates(text, dt.date(2025, 5, 9))}
    assert found["the 19th century"] == ""
    assert found["1896"] == "1896"
    assert found["the 20th century"] == "1900/1999"


def test_a_season_that_names_a_residence_tells_no_time():
    text = "The king flew to his summer palace, and the company will move this summer."
    assert calendar(text, dt.date(2025, 5, 9)) == \
        [("this summer", "2025-SU")]


def test_a_stretch_whose_average_a_figure_is_set_against_makes_no_date():
    text = "Snowfall this winter ran well above the average of the past 20 years, the Alpine weather service said."
    assert [(m.text, m.when) for m in tag_dates(text, CNBC)] == [("this winter", "2025-WI")]
    told = "The average of the past decade was 45%, the office said."
    assert [m.text for m in tag_dates(told, CNBC)] == ["the past decade"]


def test_a_holiday_that_comes_around_next_year_is_next_year_s():
    text = "Organisers want the new stadium roof finished by the time Easter comes around next year."
    [mention] = tag_dates(text, CNBC)
    assert (mention.text, mention.when, mention.future) == ("Easter comes around next year", "2026-04-05", True)


def test_a_noun_ending_in_est_before_a_century_is_no_superlative_and_the_century_stays_on_the_calendar():
    text = ("Growers in the valley still talk about the worst harvest of the 19th century and the forest of the "
            "18th century.")
    found = {m.text: m.when for m in tag_dates(text, dt.date(2025, 5, 9))}
    assert found == {"the 19th century": "", "the 18th century": "1700/1799"}


def test_a_season_that_approaches_is_the_coming_one_not_a_habit_of_every_season():
    text = "As winter approaches, the grid operator expects heating demand to climb to a record."
    assert calendar(text, dt.date(2025, 10, 9)) == [("winter", "2025-WI")]


@pytest.mark.parametrize("text, expected", [
    ("The province aims to double its wind capacity during the 14th Five-Year Plan period, officials said.",
     [("14th Five-Year Plan period", "2021/2025")]),
    ("Lawmakers approved the 16th Five-Year Plan (2031-2035) on Friday.",
     [("16th Five-Year Plan (2031-2035)", "2031/2035"), ("Friday", "2025-11-21")]),
    ("Delegates will debate the 16th five-year plan, which runs from 2031 to 2035, when they meet.",
     [("16th five-year plan, which runs from 2031 to 2035", "2031/2035")]),
    ("Grain output rose sharply under the first Five-Year Plan, the archive shows.",
     [("first Five-Year Plan", "1953/1957")]),
    ("Steel mills multiplied under the second Five-Year Plan, the archive shows.",
     [("second Five-Year Plan", "1958/1962")]),
])
def test_a_numbered_five_year_plan_of_china_names_its_years(text, expected):
    assert calendar(text, CNBC) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 2020, the last year of the 13th Five-Year Plan period, coal use fell for the first time.", [("2020", "2020")]),
    ("The council will review a draft of the city's 16th Five-Year Plan next month.", [("next month", "2025-12")]),
    ("Lawmakers approved the outline of the 16th Five-Year Plan (2031-2035) on Friday.",
     [("2031-2035", "2031/2035"), ("Friday", "2025-11-21")]),
])
def test_a_plan_set_after_its_year_or_naming_a_document_gives_no_row_of_its_own(text, expected):
    assert calendar(text, CNBC) == expected


def test_the_end_of_a_numbered_five_year_plan_is_the_end_of_its_last_year():
    text = "By the end of the 16th Five-Year Plan period, every village should have a clinic, the minister said."
    assert [(m.text, m.when, m.timex_value) for m in tag_dates(text, CNBC) if m.on_calendar] == \
        [("By the end of the 16th Five-Year Plan period", "2035", "2035")]


@pytest.mark.parametrize("text, count", [
    ("India's 12th Five-Year Plan set a growth target of 8 percent for the economy.", "12th Five-Year"),
    ("The Soviet Union's 12th Five-Year Plan promised more consumer goods than its factories could make.",
     "12th Five-Year"),
    ("The Pakistani government's 9th Five-Year Plan counted on aid that never came, the economists wrote.",
     "9th Five-Year"),
])
def test_another_country_s_or_government_s_numbered_five_year_plan_names_no_years_of_china_s(text, count):
    assert [(m.text, m.timex_value, m.on_calendar) for m in tag_dates(text, CNBC)] == [(count, "P5Y", False)]


def test_a_numbered_five_year_plan_far_ahead_of_the_text_is_another_state_s_count_of_years():
    text = "Warsaw unveiled its 14th Five-Year Plan on Monday, promising more housing."
    assert [(m.text, m.timex_value, m.on_calendar) for m in tag_dates(text, dt.date(1985, 6, 12))] == [
        ("14th Five-Year Plan", "P5Y", False), ("Monday", "1985-06-10", True)]
    assert calendar(text, dt.date(2021, 3, 10)) == [
        ("14th Five-Year Plan", "2021/2025"), ("Monday", "2021-03-08")]


def test_a_plan_s_restated_years_join_it_and_the_same_years_told_later_stay_a_row():
    text = "Beijing approved the 15th Five-Year Plan (2026-2030) last week, and the plan runs from 2026 to 2030."
    assert calendar(text, CNBC) == [
        ("15th Five-Year Plan (2026-2030)", "2026/2030"), ("last week", "2025-W47"), ("from 2026 to 2030", "2026/2030")]


def test_a_month_that_is_also_a_verb_before_a_launch_window_a_rate_cut_or_a_peak_is_that_month():
    assert spans("The probe will now fly in the March window, and traders price a March rate cut.") == [
        "now", "March", "March"]
    assert spans("The index closed 12% below its May peak, and the bank sets out its view in its May Statement.") == [
        "May", "May"]
    assert spans("Protesters march cut off from the square, and officials may cut the budget.") == []
    assert spans("Pubs in Galway were packed over the long May weekend, and rooms for the May bank holiday sold "
                 "out.") == ["May", "May"]
    assert spans("Walkers may weekend in the hills, and families may holiday by the sea.") == []
    assert spans("Exports fell, the central bank said in its March bulletin, and its May report will say more.") == [
        "March", "May"]
    assert spans("Lenders May Report Losses") == []
    # (lower case is never a month: only the title case of a headline, without a determiner, tests the verb)
    assert spans("Fed May Cut Rates Again as Stocks May Peak, Strategists Warn") == []


def test_a_month_that_is_also_a_verb_before_the_results_reported_then_is_that_month():
    assert spans("Hold the shares and look again after the May results.") == ["May"]
    assert spans("The merger may results in job cuts.") == []


def test_a_four_digit_number_sizing_a_measure_or_ending_a_model_code_is_no_year():
    assert spans("The utility will install 2000-kilowatt batteries and its XR-2100 inverters from 2026.") == ["2026"]


def test_the_naked_eye_tells_no_past():
    text = "A comet could be visible to the naked eye from dark skies over the next two weeks, a rare treat."
    start = text.index("the next")
    assert finder.clause_tense(text, text.lower(), start, start + len("the next two weeks")) == ""


@pytest.mark.parametrize("row", [r for r in _rows("dates/tense.tsv") if r.values[0]["kind"] == "time_clause"])
def test_a_word_of_recurrence_in_a_clause_of_another_time_after_a_month_leaves_the_month_particular(row):
    text = row["example"]
    low = finder.lower_form(text)
    month = next(e for e in finder.find_expressions(text) if set(e.parts) == {"month"})
    assert not finder.is_recurring(text, low, month.start, month.end)
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 2, 1)) if m.text == text[month.start:month.end]] \
        == [("June", "2026-06")]


def test_the_day_a_fiscal_year_begins_told_in_a_clause_of_time_is_the_coming_one_not_a_custom():
    text = "The province's lawmakers have to approve the spending plan before the fiscal year begins on July 1."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 5, 12)) if m.text == "July 1"] \
        == [("July 1", "2026-07-01", True)]
    assert [m.when for m in tag_dates("The province's fiscal year begins on July 1.", dt.date(2026, 5, 12))
            if m.text == "July 1"] == [""]


def test_the_day_our_fiscal_year_begins_told_in_a_clause_of_time_is_the_coming_one_as_its_is():
    # one list of owners' words (tense.tsv kind owner) serves a fiscal period's owner and a known occasion's
    text = '"We will close the review before our fiscal year begins on July 1," the finance chief said.'
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 5, 12)) if m.text == "July 1"] \
        == [("July 1", "2026-07-01", True)]


def test_a_word_of_habit_keeps_the_day_a_fiscal_year_begins_a_custom_though_a_clause_of_time_tells_it():
    for text in ("The assembly always adopts the spending plan before the fiscal year begins on April 1.",
                 "The state typically passes its budget before the fiscal year starts on July 1."):
        assert [m.text for m in tag_dates(text, dt.date(2026, 2, 10)) if m.on_calendar] == [], text


def test_the_fiscal_year_whose_start_its_clause_tells_makes_no_row_beside_the_day_it_begins():
    text = "The province's lawmakers have to approve the spending plan before the fiscal year begins on July 1."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 5, 12)) if m.on_calendar] \
        == [("July 1", "2026-07-01", True)]


def test_the_month_before_a_new_fiscal_year_begins_is_the_coming_one():
    text = "Lawmakers will debate the spending plan in March, before the new financial year begins."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 1, 20)) if m.text == "March"] \
        == [("March", "2026-03", True)]


def test_a_payment_date_hung_on_a_dividend_declared_in_the_past_is_a_plan_of_that_past():
    text = "The trust declared a distribution of 40 cents a unit in March, payable in April."
    autumn = dt.date(2025, 10, 14)
    values = {m.text: (m.when, m.future) for m in tag_dates(text, autumn)}
    assert values["March"] == ("2025-03", False)
    assert values["April"] == ("2025-04", False)
    # (told from now, the payment date still looks ahead)
    assert {m.text: (m.when, m.future) for m in tag_dates("The dividend is payable in April.", autumn)} == {
        "April": ("2026-04", True)}


def test_a_plan_coordinated_after_a_past_year_tells_of_the_year_under_way():
    text = "The chain opened two stores in Ohio in 2023 and plans a third in Texas by the end of the year."
    values = {m.text: (m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 11))}
    assert values["2023"] == ("2023", False)
    assert values["by the end of the year"] == ("2026", True)


def test_the_final_quarter_without_a_year_is_found_as_the_fourth():
    text = "Shipments of the excavators picked up in the final quarter, the Osaka maker said."
    [found] = [e for e in finder.find_expressions(text)]
    assert (found.text(text), found.parts.get("ordinal"), found.parts.get("unit")) == ("the final quarter", 4, "Q")
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 2, 12))] == [("the final quarter", "2024-Q4")]


def test_the_clocks_spring_change_names_an_occasion_no_season_of_the_story():
    text = "Sleep doctors say the spring change is the harder one, and the autumn clock change came on Sunday."
    assert [m.text for m in tag_dates(text, CNBC) if m.on_calendar] == ["Sunday"]


def test_a_date_after_a_comma_a_coordinator_and_its_preposition_heads_its_own_clause_whatever_the_tense_before():
    anchor = dt.date(2025, 10, 6)
    # "holds" (a present of a timetable) tells the clause before the comma, not the May the ministry acted in
    text = "Chile holds the largest lithium reserves, and in May the ministry cancelled 40 exploration permits."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, anchor)] == [("May", "2025-05", False)]
    ahead = "Chile holds the largest lithium reserves, and in May the ministry will auction 40 exploration permits."
    assert [(m.text, m.when, m.future) for m in tag_dates(ahead, anchor)] == [("May", "2026-05", True)]


def test_a_month_whose_when_clause_tells_a_past_happening_is_past_though_the_clause_before_looks_ahead():
    text = ("The nurses' union said it would now back the pay deal, a reversal from its position in January, when its "
            "leader called the offer an insult.")
    start = text.index("January")
    assert finder.clause_tense(text, text.lower(), start, start + len("January")) == "past"
    text = "The harbour will stay closed until January, when the pack ice usually begins to break up."
    start = text.index("January")
    assert finder.clause_tense(text, text.lower(), start, start + len("January")) == "future"


def test_a_verb_in_the_past_after_its_subject_keeps_its_date_past_what_it_takes_after_a_preposition():
    text = ("The district will open three more clinics this year under a plan the health board lodged with the "
            "county council on Tuesday.")
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 11))
            if m.text == "Tuesday"] == [("Tuesday", "2026-06-09", False)]
    # a word in -ed before its noun is an adjective, no verb: the marker of the future before it governs the date
    ahead = "The agency plans to run a final unmanned trial in mid-July from its base in Kourou."
    assert [(m.text, m.when, m.future) for m in tag_dates(ahead, dt.date(2026, 6, 11)) if m.text == "mid-July"] \
        == [("mid-July", "2026-07", True)]


def test_a_country_that_heads_for_a_vote_in_a_month_without_its_year_goes_to_the_coming_one():
    text = "Colombia heads for October runoff as rivals trade blame\n\nBOGOTA - The count ended on Monday."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 3, 10)) if m.text == "October"] \
        == [("October", "2026-10", True)]


def test_traders_who_head_for_the_exits_in_a_month_gone_head_for_no_vote_and_keep_the_month_past():
    text = "Bond traders head for the exits in March as the central bank signals more hikes, a survey shows."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 15)) if m.text == "March"] \
        == [("March", "2026-03", False)]
    vote = "Both parties head for a leadership vote in September, officials said."
    assert [(m.text, m.when) for m in tag_dates(vote, dt.date(2026, 6, 15)) if m.text == "September"] \
        == [("September", "2026-09")]


def test_a_legislature_s_summer_recess_and_a_weather_service_s_winter_outlook_are_no_time_while_their_days_are():
    text = ("Lawmakers want a vote before their summer recess, and the weather service will release its winter outlook "
            "on Oct. 16.")
    found = calendar(text, dt.date(2025, 6, 5))
    assert found == [("Oct. 16", "2025-10-16")]


def test_weeks_with_no_number_before_a_year_leave_the_year_its_row():
    text = "Exports in the first weeks of 2025 were weaker than in the first two weeks of 2024."
    assert calendar(text, dt.date(2025, 3, 4)) == [("2025", "2025"), ("the first two weeks of 2024",
                                                                      "2024-01-01/2024-01-14")]


def test_a_season_of_a_typical_year_is_no_season_of_the_story():
    text = "In a typical El Niño winter, snowfall in the northern Rockies runs below average, forecasters said Monday."
    found = calendar(text, dt.date(2025, 10, 9))
    assert found == [("Monday", "2025-10-06")]


def test_a_number_after_an_announcement_no_and_a_colon_is_the_document_s_number_not_a_year():
    text = "Announcement No.: 2024-017 said the board approved the new auditor on March 3, 2025."
    found = calendar(text, dt.date(2025, 3, 4))
    assert found == [("March 3, 2025", "2025-03-03")]


def test_midday_before_trading_after_a_bare_in_names_the_session_and_the_weekday_makes_the_row():
    text = "Shares of the retailer sank 6% in midday trading Tuesday after it cut its outlook."
    found = calendar(text, dt.date(2025, 10, 9))
    assert found == [("Tuesday", "2025-10-07")]


def test_midday_or_noon_before_a_noun_of_the_sun_s_weather_names_no_clock_time():
    text = "Pickers in the vineyard stop under the noon sun on Thursday and work again after the midday heat eases."
    found = calendar(text, dt.date(2025, 9, 12))
    assert found == [("Thursday", "2025-09-11")]
    # (a noon that is a time of its day stays one)
    assert calendar("The auction closes at noon on Thursday.", dt.date(2025, 9, 12)) == [
        ("noon on Thursday", "2025-09-11")]
    # (nor one after a preposition of a clock time, its noun the next clause's subject; a bare weather noun stays none)
    assert calendar("By noon temperatures in the valley had passed 40C.", dt.date(2025, 9, 12)) == [
        ("By noon", "2025-09-12")]
    assert calendar("Pickers toil under a fierce midday sun.", dt.date(2025, 9, 12)) == []


def test_a_comma_of_a_list_of_names_closes_no_aside_and_the_participle_after_the_list_tells_its_past():
    text = ("Air traffic in the region is forecast to double by 2040, according to a study by Airbus, Boeing and "
            "Embraer released in March.")
    assert calendar(text, dt.date(2026, 1, 20)) == [("by 2040", "2040"), ("March", "2025-03")]


def test_a_weekday_after_a_copula_and_a_tells_the_weekday_of_a_time_and_makes_no_row():
    text = "Polling day was a Sunday, and turnout fell to 41% on Monday's count."
    assert [t for t, _ in calendar(text, dt.date(2025, 9, 12))] == ["Monday"]
    assert calendar("It is a Friday like any other at the fish market, a trader said.", dt.date(2025, 9, 12)) == []


def test_a_clock_time_naming_a_train_taken_every_weekday_recurs_and_places_no_day():
    text = "She takes the 6:15 a.m. train into the city each weekday, the nurse told the inquiry on Tuesday."
    found = calendar(text, dt.date(2025, 10, 9))
    assert found == [("Tuesday", "2025-10-07")]


def test_a_year_before_a_bus_and_every_is_still_the_year_not_a_clock_time_of_a_run():
    text = "Riders still blame the 2019 bus network overhaul for cutting every late-night route in the suburbs."
    found = calendar(text, dt.date(2025, 10, 9))
    assert found == [("2019", "2019")]


def test_a_season_naming_a_river_or_a_list_of_rivers_is_no_season_but_one_before_two_lakes_is():
    text = "Anglers fished the Summer and Black rivers in June, and a new trail runs along Spring Creek."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 9, 10))] == [("June", "2025-06")]
    assert [m.text for m in tag_dates("The river rose in the spring and two lakes froze.", dt.date(2025, 9, 10))] == [
        "the spring"]


def test_the_new_fiscal_year_about_to_begin_is_the_next_one_and_new_before_another_head_is_an_adjective():
    text = ("The ministry's fiscal year runs from April 1 to March 31. Lawmakers must pass the spending bill before "
            "the new fiscal year begins.")
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 12)) if m.on_calendar] == [
        ("before the new fiscal year", "FY2027", True)]
    assert spans("The minister set out her plans for the new decade on Tuesday.") == ["Tuesday"]


def test_the_week_a_move_is_told_over_makes_no_row_and_the_close_keeps_its_day():
    text = "Shares of the Perth miner closed at A$41.20 on Thursday, down 2.7% on the week."
    found = [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 5, 23))]
    assert found == [("Thursday", "2026-05-21")]


def test_tet_is_the_lunar_new_year_and_mid_autumn_alone_is_the_festival():
    text = ("Last Tet the ferries to Phu Quoc sold out, and this Tet the operator will add sailings. "
            "Hotels in Da Lat were full over the National Day and Mid-Autumn holidays.")
    found = [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 1, 12))]
    assert found == [("Last Tet", "2025-01-29", False), ("this Tet", "2026-02-17", True),
                     ("the National Day", "2025-10-01", False), ("Mid-Autumn holidays", "2025-10-06", False)]


def test_ferragosto_is_italy_s_august_15_and_chuseok_korea_s_harvest_day_of_the_lunar_calendar():
    text = ("Hotel bookings in Rimini collapsed over Ferragosto, the tourism board said. "
            "Lotte Mart said its gift-set sales slumped after Chuseok. The chain will stock fewer boxes before "
            "Chuseok.")
    found = [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 1, 20))]
    assert found == [("Ferragosto", "2025-08-15", False), ("after Chuseok", "2025-10-06", False),
                     ("before Chuseok", "2026-09-25", True)]


def test_hours_that_apply_every_night_recur_at_both_ends_and_make_no_row():
    text = "A ban on alcohol sales from 10 p.m. to 6 a.m. will apply every night during the festival in June."
    assert [t["type"] for t in timexes(text, CNBC) if t["text"] in ("10 p.m.", "6 a.m.")] == ["SET", "SET"]
    assert calendar(text, CNBC) == [("June", "2026-06")]


def test_hours_worked_six_days_a_week_are_a_habit_and_make_no_row():
    text = "Drivers at the depot said they worked 7 a.m. to 7 p.m., six days a week, to clear the backlog."
    assert [t["type"] for t in timexes(text, CNBC) if t["text"] in ("7 a.m.", "7 p.m.")] == ["SET", "SET"]
    assert not [m for m in tag_dates(text, CNBC) if m.on_calendar]


def test_a_marker_that_is_also_a_month_is_the_month_when_capitalised():
    text = "Shares fell in May, and the stock may fall further."
    low = text.lower()
    first, second = low.index("may"), low.rindex("may")
    assert finder.capitalised_month(text, low, first, first + 3) is True
    assert finder.capitalised_month(text, low, second, second + 3) is False


def test_a_month_with_a_capital_q_is_the_quarter_that_month_closes_as_brokers_write_it():
    friday = dt.date(2026, 2, 27)
    found = [(m.text, m.when, m.future) for m in tag_dates(
        "Margins slipped in Dec Q after the Sept Q; orders should recover in the June Q.", friday)]
    assert found == [("Dec Q", "2025-Q4", False), ("after the Sept Q", "2025-Q3", False),
                     ("the June Q", "2026-Q2", True)]
    assert not [m for m in tag_dates("Staff sat through a March Q&A on the plan.", friday) if m.on_calendar]


def test_a_month_a_thing_was_allowed_to_resume_in_after_a_past_month_of_a_year_is_of_that_year():
    found = [(m.text, m.when, m.future) for m in tag_dates(
        "The refinery was shut in May 2024 after a fire and was allowed to resume output in August.",
        dt.date(2026, 1, 20))]
    assert found == [("May 2024", "2024-05", False), ("August", "2024-08", False)]


def test_a_year_before_a_committee_names_the_body_not_a_time():
    assert spans("Members of the party's 1922 Committee will meet on Tuesday to agree the rules of the contest.") \
        == ["Tuesday"]


def test_a_year_before_a_club_contest_is_the_contest_edition_not_the_name_of_a_club():
    assert spans("The striker signed after the 2025 Club World Cup and the golf club's 2024 Club Championship.") \
        == ["2025", "2024"]


def test_a_season_before_cuts_to_a_service_names_its_timetable_but_cuts_to_rates_keep_it():
    assert spans("Commuters say the winter cuts will leave the valley without an evening bus until April.") == ["April"]
    assert spans("The central bank's summer cuts to interest rates helped housing.") == ["summer"]


def test_a_season_before_cuts_with_no_service_named_is_when_the_cuts_came():
    assert spans("Mortgage lenders say the Bank of England's autumn cuts brought buyers back.") == ["autumn"]
    assert spans("The operator's winter rail cuts start next month.") == ["next month"]


def test_a_season_before_jabs_names_the_campaign_and_one_before_campus_recruitment_the_round():
    assert spans("Pharmacies in Wales will start giving autumn Covid jabs to care home residents next week.") \
        == ["next week"]
    assert spans("The firm will start its autumn campus recruitment on Monday.") == ["Monday"]


def test_the_date_of_a_high_a_level_is_measured_from_is_no_date():
    assert spans("The miner's shares are still about 20% below their Feb. 3 peak.") == []


def test_the_year_of_a_high_or_low_a_level_is_measured_from_stays_a_date():
    assert spans("Nickel prices have recovered sharply from the 2020 lows, traders said.") == ["2020"]
    assert spans("The bank's shares closed 15% below their 14 August high.") == []


def test_a_holiday_before_a_push_names_the_campaign():
    assert spans("Sales slowed after the Lunar New Year push, the retailer said.") == []


def test_the_date_of_a_low_a_when_clause_tells_of_stays_and_a_counted_high_keeps_its_length():
    assert spans("The index has gained 28% from its Aug. 5 low, when recession fears swept markets.") == ["Aug. 5"]
    assert [t["value"] for t in timexes("The stock is 40% below its 52-week high.", CNBC)] == ["P52W"]


def test_a_bare_quarter_after_last_years_possessive_is_last_years_quarter():
    # prefixes.tsv: "last year's" counts a bare period back a year, as "year-ago" does; a holiday keeps its join
    text = ("The lender's third-quarter profit rose 8% from last year's quarter, "
            "and card spending beat last year's Spring Festival.")
    found = [(t["text"], t["value"]) for t in timexes(text, CNBC)]
    assert ("last year's quarter", "2024-Q3") in found
    assert ("last year's Spring Festival", "2024-02-10") in found


def test_a_date_after_a_comma_at_the_end_of_a_side_clause_with_a_plan_is_added_to_that_plan():
    text = ("The dockers went back to work on Monday, after the port operator agreed to restore the night shift "
            "in two stages, in September and in November.")
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 8, 4))] == [
        ("Monday", "2026-08-03", False), ("September", "2026-09", True), ("November", "2026-11", True)]
    aside = "The merger, which had been expected, is part of a plan to cut costs by February."
    assert [(m.when, m.future) for m in tag_dates(aside, dt.date(2026, 8, 4))] == [("2027-02", True)]


def test_the_plan_the_agency_dropped_would_have_limited_exports_from_june_1_but_bidders_would_have_to_apply_by_june_1():
    written = dt.date(2026, 3, 4)
    dropped = "The agency dropped a rule last year that would have limited exports from June 1."
    due = "The agency said bidders would have to apply by June 1."
    larger = "The new plant would have capacity for 400 cars a day from June 1."
    assert [(m.when, m.future) for m in tag_dates(dropped, written)][-1] == ("2025-06-01", False)
    assert [(m.when, m.future) for m in tag_dates(due, written)][-1] == ("2026-06-01", True)
    assert [(m.when, m.future) for m in tag_dates(larger, written)][-1] == ("2026-06-01", True)


def test_no_guard_row_looks_behind_its_text_so_each_expression_text_is_read_against_the_rows_once():
    # a row whose `text` looks behind turns off the per-text memory of which rows apply (a fifth slower, stop 38)
    after_only, rows, any_text, by_text = finder.grammar().guard
    assert by_text is not None, [row[1].pattern for row in rows if row[1] is not None
                                 and re.search(r"\(\?<|\\[bB]|\^", row[1].pattern)]


@pytest.mark.parametrize("text, expected", [
    # guards.tsv: names and goods that only hold a year, a season or a holiday
    ("The new battery rules, GB 38031-2025, took effect on Friday.", [("Friday", "2025-11-21")]),
    ('The bank\'s plan, dubbed "Compass 2030", was unveiled on Friday.', [("Friday", "2025-11-21")]),
    ("A 12-bottle lot of 1985 Henri Jayer Richebourg sold on Friday.", [("Friday", "2025-11-21")]),
    # a grape's wine after an owner is its vintage, but a noun the grape qualifies keeps the year
    ("The estate's 2021 Malbec won a gold medal on Friday.", [("Friday", "2025-11-21")]),
    ("The estate's 2024 Malbec exports fell, and its 2023 Pinot Noir harvest was small.", [("2024", "2024"),
                                                                                           ("2023", "2023")]),
    ("The brand showed its spring-summer collection in Paris on Friday.", [("Friday", "2025-11-21")]),
    ("Shoppers rushed in on Friday as Black Friday pre-sales opened.", [("Friday", "2025-11-21")]),
    ("Fans on Friday called the comeback a Christmas miracle.", [("Friday", "2025-11-21")]),
    ("Tickets for the Christmas Spectacular went on sale on Friday.", [("Friday", "2025-11-21")]),
    # a weekday or month alone before "pre-sales" is when the sales ran
    ("Sunday pre-sales of the new phone topped two million orders, the retailer said.", [("Sunday", "2025-11-23")]),
    ("The retailer said its September pre-sales of winter coats doubled.", [("September", "2025-09")]),
])
def test_a_standard_a_quoted_plan_a_vintage_a_collection_presales_or_a_holiday_show_name_no_time(text, expected):
    assert calendar(text, CNBC) == expected


def test_a_time_a_risk_is_of_looks_ahead_whatever_verb_in_the_past_removed_it():
    text = "Economists said the ceasefire had cut the risk of a recession in the first half."
    assert _tense_of(text, "the first half") == "future"


def test_a_question_still_open_for_a_half_or_quarter_that_has_ended_is_for_the_one_ahead():
    text = "The key question for the third quarter is whether freight rates hold up after the holidays."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 10))] == [
        ("the third quarter", "2026-Q3", True)]


def test_a_question_told_in_the_past_for_a_quarter_keeps_the_one_gone():
    text = "The key question for the third quarter was whether freight rates would hold up."
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 10)) if m.on_calendar] == [
        ("2025-Q3", False)]


def test_a_month_a_risk_was_weighed_of_at_a_meeting_told_in_the_past_is_the_one_after_that_meeting():
    # the risk looks ahead from when it was weighed: a March after the September meeting is next year's
    text = "Traders played down the risk of a bank strike in March, the notes of the September board meeting showed."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2025, 11, 3)) if m.on_calendar] == [
        ("March", "2026-03", True), ("September", "2025-09", False)]


def test_a_count_more_than_a_year_earlier_compares_and_tells_no_time():
    text = "The airline flew 3.1 million passengers in May, 412,000 more than a year earlier."
    assert calendar(text, CNBC) == [("May", "2025-05")]


@pytest.mark.parametrize("text, anchor, wanted, when", [
    # a forecast "possible" on days ahead: the verb of saying only tells when it was said
    ("Heavy snow is possible on Saturday and Sunday in the Alps, the weather service said.", dt.date(2026, 1, 12),
     "Saturday and Sunday", "2026-01-17/2026-01-18"),
    # a question for a period under way is answered later
    ("The question for the June quarter is whether buyers return to the showrooms.", dt.date(2026, 5, 4),
     "the June quarter", "2026-Q2"),
    # a participle after a date's possessive is an adjective, no verb in the past
    ("This year's revised timetable for the ferry is set to start on June 1.", dt.date(2026, 3, 2),
     "This year", "2026"),
    # "how often" asks about a habit and tells none
    ("The council will check from May how often the buses run late.", dt.date(2026, 3, 2), "May", "2026-05"),
])
def test_a_date_a_forecast_a_question_or_a_plan_looks_to_is_ahead(text, anchor, wanted, when):
    assert [(m.when, m.future) for m in tag_dates(text, anchor) if m.text == wanted] == [(when, True)]


def test_a_season_told_with_that_before_a_clause_of_result_is_the_one_of_the_year_told_before():
    text = ("Rangers counted the herd in 2019 and found that the calves grew so fast that spring that the park moved "
            "them early.")
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 5, 10))] == [
        ("2019", "2019", False), ("that spring", "2019-SP", False)]


def test_a_contracted_pronoun_is_no_possessive_and_its_participle_keeps_the_past():
    assert [(m.when, m.future) for m in tag_dates("He's written to the board in May.", dt.date(2026, 3, 10))] == [
        ("2025-05", False)]


def test_a_year_ending_a_bills_name_is_no_date_and_the_month_it_was_published_in_is_one():
    text = "The Finance Bill 2027, tabled in March, would raise excise duty on mobile data, the ministry said."
    assert calendar(text, dt.date(2027, 5, 12)) == [("March", "2027-03")]


def test_a_month_in_an_aside_is_not_recurring_because_of_a_when_clause_set_off_after_a_later_date():
    text = ("The council's housing plan, approved in February, lifts rents from Oct. 1, when the 2026/27 financial "
            "year begins.")
    found = calendar(text, dt.date(2026, 5, 20))
    assert ("February", "2026-02") in found


def test_a_year_named_by_its_calendar_and_the_day_it_begins_runs_a_year_from_that_day():
    text = "Tehran's parliament will debate the spending plan for the Persian year that begins on March 21."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2027, 1, 18))] == [
        ("the Persian year that begins on March 21", "2027-03-21/2028-03-20", True)]


def test_a_year_of_another_calendar_told_by_its_number_is_no_year_of_ours():
    text = "Iran's central bank said inflation would slow in the Iranian year 1405, which starts next month."
    assert calendar(text, dt.date(2026, 2, 20)) == [
        ("next month", "2026-03")]
    text = "Hajj quotas for the Islamic year 1448 will be set in the spring, the ministry said."
    assert [m.text for m in tag_dates(text, dt.date(2026, 2, 20)) if m.text.endswith("1448")] == []


def test_a_year_marked_ah_is_a_hijri_year_no_year_of_ours():
    text = "The endowment's accounts for 1447 AH showed a surplus, and those for 1448 A.H. are due in the autumn."
    assert [m.text for m in tag_dates(text, dt.date(2026, 2, 20)) if "144" in m.text] == []


def test_the_first_trading_day_of_the_week_set_off_after_a_day_restates_it_and_its_week_makes_no_row():
    text = "Qatar's index gained 0.9% on Sunday, the first trading day of the week in Doha, led by lenders."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 3, 3))] == [("Sunday", "2026-03-01")]


def test_a_weekday_set_off_as_a_sunday_after_words_that_date_nothing_names_no_day_of_its_own():
    text = "The mayor will cut the ribbon at noon on the day of the marathon, a Sunday, the council said."
    assert [m.text for m in tag_dates(text, dt.date(2025, 4, 2)) if "Sunday" in m.text] == []
    text = "The mayor will cut the ribbon on April 27, a Sunday, the council said."
    assert [(m.text, m.when) for m in tag_dates(text, dt.date(2025, 4, 2))] == [("April 27, a Sunday", "2025-04-27")]


def test_fall_after_a_modal_is_the_verb_and_the_year_after_it_is_told_alone():
    text = ("The utility warned that its spending on new lines would fall next year, "
            "and it will open the depot in the fall of 2027.")
    found = [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 3, 9)) if m.on_calendar]
    assert found == [("next year", "2027", True), ("the fall of 2027", "2027-FA", True)]


def test_fall_after_a_clitic_or_a_negated_modal_is_the_verb_and_leaves_the_year_alone():
    text = ("Brokers think they\u2019ll fall this year, though builders say costs can't fall this year "
            "and in the fall of 2027 the new plant opens.")
    found = calendar(text, dt.date(2026, 3, 9))
    assert found == [("this year", "2026"), ("this year", "2026"), ("the fall of 2027", "2027-FA")]


def test_a_count_reached_by_lunchtime_is_told_of_the_day_the_story_last_named():
    text = "Polling stations opened on Thursday, and officials said turnout had passed 30% by lunchtime."
    found = [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2025, 5, 2)) if m.on_calendar]
    assert found == [("Thursday", "2025-05-01", False), ("by lunchtime", "2025-05-01", False)]


def test_the_year_the_hottest_weeks_are_measured_over_makes_no_row_but_the_years_after_it_do():
    text = "Models show the festival landing in the hottest weeks of the year from 2031 to 2036."
    found = calendar(text, dt.date(2025, 6, 2))
    assert found == [("from 2031 to 2036", "2031/2036")]


def test_a_weekday_after_a_list_of_past_verbs_whose_object_holds_a_figure_is_the_one_just_gone():
    text = ("Inspectors were due to visit on Thursday the warehouse where a fire on Saturday destroyed 300 cars, "
            "damaged 12 trucks and forced about 1,200 workers to stay home for most of Sunday.")
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2025, 3, 4)) if m.text == "Sunday"] == [
        ("Sunday", "2025-03-02", False)]


def test_a_participle_aside_after_the_subject_does_not_date_the_start_its_main_verb_sets():
    text = "The agreement, signed late on Tuesday after two days of talks, caps rents for 40,000 flats from Jan. 1."
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2025, 11, 20)) if m.text == "Jan. 1"] == [
        ("2026-01-01", True)]


def test_an_irregular_participle_aside_after_the_subject_does_not_date_the_start_its_main_verb_sets_either():
    text = "The pay deal, struck just before midnight on Sunday, raises nurses' wages from Jan. 1."
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2025, 11, 25)) if m.text == "Jan. 1"] == [
        ("2026-01-01", True)]


def test_a_month_inside_a_short_phrase_after_a_comma_and_and_takes_the_tense_of_its_own_clause():
    text = ("In March the insurer said it would cut 2,000 jobs over two years, and at its investor day in June "
            "chief executive Lena Berg said the number would grow.")
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2025, 10, 14)) if m.text == "June"] == [
        ("2025-06", False)]


def test_a_verb_and_its_particle_right_after_a_noun_is_a_participle_of_the_past_whatever_follows():
    text = "A hardship fund of 40 million pounds set up in February will pay its first grants this autumn."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 12))] \
        == [("February", "2026-02", False), ("this autumn", "2026-FA", True)]
    text = "The council said it would also set up in February a fund for tenants."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 12))] == [
        ("February", "2027-02", True)]


def test_plans_after_a_name_and_before_its_object_looks_ahead_but_not_as_a_noun_after_another():
    text = "Harwick Energy plans capital spending of about 900 million pounds in 2027, its chief executive said."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 12))] == [("2027", "2027", True)]
    text = "The expansion plans announced in February were dropped after the vote."
    assert [(m.text, m.when, m.future) for m in tag_dates(text, dt.date(2026, 6, 12))] \
        == [("February", "2026-02", False)]


def test_hours_of_two_sessions_held_every_trading_day_recur_and_make_no_row():
    text = ("The bourse will run an early session from 7 a.m. to 8:30 a.m. and a late session from 4 p.m. to 6 p.m. "
            "every business day from March.")
    assert [t["type"] for t in timexes(text, CNBC) if "m." in t["text"]] == ["SET"] * 4
    assert calendar(text, CNBC) == [("March", "2026-03")]


def test_a_clock_time_told_in_a_month_with_no_day_takes_no_day_from_the_sentence_before():
    text = ("Flights resumed on Nov. 3. The airline moved its last departure to 11:40 p.m. in March 2023 after "
            "complaints about noise.")
    assert calendar(text, CNBC) == [("Nov. 3", "2025-11-03"),
                                                                                ("March 2023", "2023-03")]


def test_a_weekday_set_off_after_a_holiday_restates_its_day_and_makes_no_row_of_its_own():
    text = "Most bank branches will stay shut on Christmas Day, a Thursday, the lenders' association said."
    assert calendar(text, dt.date(2025, 11, 25)) == [
        ("Christmas Day", "2025-12-25")]


def test_the_terminal_will_be_built_over_the_next_two_years_and_three_months_as_one_stretch():
    found = timexes("The new terminal will be built over the next two years and three months, after sales fell over "
                    "the past one year and six months.", dt.date(2025, 11, 24))
    assert [(t["text"], t["value"]) for t in found] == [("the next two years and three months", "P2Y3M"),
                                                        ("the past one year and six months", "P1Y6M")]
    # the smaller count with its own shift is a stretch of its own
    found = timexes("Prices rose over the past two years and the next three months.", dt.date(2025, 11, 24))
    assert [t["text"] for t in found] == ["the past two years", "the next three months"]


def test_a_duration_of_mixed_units_is_one_timex_of_both_counts():
    found = timexes("The crew spent one year and four months aboard the station, and the repair took two days and "
                    "six hours.", dt.date(2025, 11, 24))
    assert [(t["text"], t["value"]) for t in found] == [("one year and four months", "P1Y4M"),
                                                        ("two days and six hours", "P2DT6H")]


def test_a_rate_named_by_the_clock_time_it_is_fixed_at_is_no_time_but_the_day_it_is_in_effect_is():
    text = ("The accounts convert yen into dollars at 143.7 yen to the dollar, the noon buying rate on Dec. 31, "
            "as certified by the central bank.")
    assert spans(text) == ["Dec. 31"]


def test_a_day_named_of_a_happening_opens_with_the_word_the_and_never_with_the_end_of_another_word():
    told = "Queues formed outside polling stations in Lagos on the eve of the runoff."
    assert [e.text(told) for e in finder.find_expressions(told) if e.rule == "event_days"] == [
        "the eve of the runoff"]
    inside = "Traders looked for anything to soothe eve of the vote, and the naira slid 2% against the dollar."
    assert [e for e in finder.find_expressions(inside) if e.rule == "event_days"] == []


def test_a_clause_a_coordinator_opens_with_its_date_keeps_its_own_past_after_a_plan_before_the_comma():
    _assert_its_last_date_is_past_and_no_forecast(
        "The miner promised to lift output by a fifth, and in the December quarter its sales reached a record.")


def test_a_four_digit_number_before_metres_or_tonnes_is_a_distance_or_weight_not_a_year():
    text = "The colt led for the first 1400 metres, and the barge carried 1800 tonnes of grain on Tuesday."
    assert [m.text for m in tag_dates(text, dt.date(2025, 11, 4))] == ["Tuesday"]


def test_a_national_telephone_number_opening_with_a_zero_holds_no_year_without_a_label():
    text = "The trust opened a flu line in 2024; patients can ring 0300 2024 555 or 0117 900 2019 for advice."
    assert [(t["text"], t["value"]) for t in timexes(text, CNBC)] == [("2024", "2024")]


def test_a_year_alone_in_quotes_names_a_work_not_a_time_of_the_story():
    text = 'The cinema closed its season with "2046", the film that made Leung a star in 2004.'
    assert [m.text for m in tag_dates(text, CNBC) if m.on_calendar] == ["2004"]


def test_the_chapter_stamps_of_a_podcast_s_show_notes_are_minutes_into_the_episode_not_times_of_day():
    text = ("Episode 88 of our markets show went out on Monday.\n\nChapters\n\n00:00 Intro\n\n"
            "04:30 Why the pound fell on Friday\n\n19:45 The Bank of England's next move\n\n"
            "31:10 Listener questions\n")
    assert [m.text for m in tag_dates(text, CNBC) if m.on_calendar] == ["Monday", "Friday"]


@pytest.mark.parametrize("text, expected", [
    ("Live: markets\n\n09:15 Stocks open higher in Tokyo.\n\n10:40 The yen weakens past 150 per dollar.\n",
     ["09:15", "10:40"]),
    # (one running past midnight, though a line reads "00:00": the list does not open with it)
    ("Election night live\n\n01:15 Turnout is down, officials say.\n\n00:40 First result declared in "
     "Sunderland.\n\n00:00 Midnight, and counting is under way.\n\n23:45 Polls closed at 10pm.\n",
     ["01:15", "00:40", "00:00", "23:45", "10pm"]),
])
def test_a_live_blog_s_bare_times_of_day_at_the_lines_start_stay_clock_times(text, expected):
    assert [m.text for m in tag_dates(text, CNBC) if m.on_calendar] == expected


def test_a_uk_bank_holiday_written_in_lower_case_is_still_its_day():
    text = ("Engineering works will close the Brighton line over the spring bank holiday, and the summer bank "
            "holiday will bring more closures.")
    found = [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 3, 12))]
    assert found == [("the spring bank holiday", "2026-05-25"), ("the summer bank holiday", "2026-08-31")]
    early = "Marchers will gather in the town square on the early May bank holiday."
    assert [(m.text, m.when) for m in tag_dates(early, dt.date(2026, 3, 12))] == [
        ("the early May bank holiday", "2026-05-04")]
    # (a lower-case season alone stays a season: only the holiday's whole name opens it)
    assert [m.text for m in tag_dates("The spring was wet.", dt.date(2026, 3, 12))] == ["The spring"]


def test_whit_monday_and_the_whitsun_weekend_follow_easter():
    text = ("Ferry bookings to the islands for the Whitsun weekend are already ahead of last year, and the "
            "operator will add sailings on Whit Monday.")
    found = [(m.text, m.when) for m in tag_dates(text, dt.date(2026, 4, 14))]
    assert ("the Whitsun weekend", "2026-W21-WE") in found and ("Whit Monday", "2026-05-25") in found


def test_a_month_that_is_a_given_name_after_by_and_before_a_surname_is_no_date():
    text = "The gallery opens a show of photographs by April Okafor in the autumn, and the catalogue is due by June."
    found = [text[e.start:e.end] for e in finder.find_expressions(text)]
    assert not any("April" in f for f in found) and any("June" in f for f in found)


def test_a_count_of_months_written_as_a_code_before_its_year_is_the_opening_of_that_year_and_no_sum_of_millions():
    anchor = dt.date(2025, 11, 12)
    found = [(m.text, m.when) for m in tag_dates(
        "Operating profit for 9M 2025 reached EUR 410m, against EUR 388m in 9M 2024.", anchor) if m.on_calendar]
    assert found == [("9M 2025", "2025-01/2025-09"), ("9M 2024", "2024-01/2024-09")]
    # (a lower-case "m" after a number is millions, and 3M is a company)
    assert [m.text for m in tag_dates("The club paid £9m 2025 bonuses, and 3M 2025 sales fell.", anchor)
            if "M" in m.text or "m" in m.text] == []


def test_the_same_half_a_year_ago_is_the_half_told_of_a_year_back_not_a_count_of_half_a_year():
    text = "In the same half a year ago, the brewer sold 4.1 million hectolitres."
    [found] = finder.find_expressions(text)
    assert found.text(text) == "the same half a year ago"
    assert found.parts == {"unit": "H", "det": True, "year_of": {"unit": "Y", "direction": "ago", "count": 1}}
    assert [found.parts.get("count") for found in finder.find_expressions("It came half a year ago.")] == [0.5]


def test_months_or_a_season_said_to_be_when_a_trade_makes_its_money_are_a_habit_and_make_no_row():
    # setMR, mr2_bridge: "April and May are when we make our money before summer"
    text = '"November and December are when we make most of our money," said the owner of a toy shop in Leeds.'
    assert calendar(text, dt.date(2025, 10, 2)) == []
    text = '"Winter is where the resort earns its profits," its manager said.'
    assert calendar(text, dt.date(2025, 10, 2)) == []
    # (a month said to be when one thing happens is that month: "March is when the new rules take effect")
    assert calendar("March is when the new rules take effect.", dt.date(2025, 10, 2)) == [("March", "2026-03")]


def test_the_year_a_last_one_of_a_kind_with_a_long_word_before_its_noun_ranks_in_makes_no_row():
    # "The board held its last pre-election meeting of the year": the rank's year, no time told
    text = "The council held its last full-council meeting of the year on Thursday."
    assert [t for t, _ in calendar(text, dt.date(2025, 12, 12))] == ["Thursday"]


def test_a_league_s_winter_break_is_no_season_while_the_day_play_resumes_is():
    text = "The league resumes on Feb. 8 after its winter break, and the leaders play away."
    assert calendar(text, dt.date(2026, 1, 20)) == [("Feb. 8", "2026-02-08")]


def test_a_bare_mid_year_is_the_middle_of_the_year_under_way_but_not_before_the_noun_it_qualifies():
    # setOL, ol_vaccine: "close a plant in North Carolina by mid-year"
    text = "The brewer said it would move bottling to its Leeds site by mid-year, cutting 120 jobs."
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 10))] == [("2026", True)]
    text = "The brewer will give an update on the move with its mid-year results, the brewer said."
    assert calendar(text, dt.date(2026, 2, 10)) == []
    text = 'Lazada\'s mid-year "7.7" sale drew record orders, the platform said.'
    assert calendar(text, dt.date(2026, 7, 9)) == []


def test_midyear_written_as_one_word_is_found_as_mid_year_is_and_keeps_its_guard_before_a_noun():
    text = "The airline expects to take delivery of the first two jets by midyear, its chief executive said."
    assert [(m.when, m.future) for m in tag_dates(text, dt.date(2026, 2, 10))] == [("2026", True)]
    text = "The airline will update its fleet plan with its midyear results in August."
    assert [m.when for m in tag_dates(text, dt.date(2026, 2, 10))] == ["2026-08"]


def test_a_parliament_s_last_sitting_of_the_year_is_no_year_but_a_market_s_last_session_still_is():
    assert "the year" not in spans("The assembly meets for its final budget session of the year on Dec. 11.")
    assert "the year" in spans("Stocks edged up in the final trading session of the year.")


@pytest.mark.parametrize("text, expression, ahead", [
    ("Smelters are bracing for the second half, when the new export levy applies.", "the second half", True),
    ("Smelters are bracing for the second half, when the new export levy will apply.", "the second half", True),
    ("Smelters struggled in the second half, when the new export levy applied.", "the second half", False),
    ("Smelters rest in the second half, when demand typically slows.", "the second half", False),
    ("Smelters are bracing for the second half, as the new export levy applies.", "the second half", False),
])
def test_what_a_time_holds_is_ahead_when_a_background_clause_tells_it_in_the_present_or_future(text, expression,
                                                                                               ahead):
    low = text.lower()
    start = low.index(expression)
    clauses = finder.Clauses(text, low)
    assert finder.what_it_holds_is_ahead(text, low, start, start + len(expression), None, clauses) is ahead


@pytest.mark.parametrize("text, expected", [
    # (and NOT_DATES: "the last fall in copper prices")
    ("Lenders have cut rates twice since the last fall in inflation.", []),
    ("The band played its final shows the last fall in Ohio.", [("the last fall", "2025-FA")]),
    ("Farmers said the last spring in the valley was the driest in decades.", [("the last spring", "2025-SP")]),
    # a word of how many or of a region after "in" opens a place too
    ("Enrolment dropped during the last fall in most of the state's colleges.", [("the last fall", "2025-FA")]),
    ("Growers said the last fall in northern provinces was unusually dry.", [("the last fall", "2025-FA")]),
])
def test_the_last_fall_before_in_and_a_word_in_lower_case_is_a_drop_but_before_a_place_a_season(text, expected):
    assert calendar(text, dt.date(2026, 3, 12)) == expected


def test_daily_before_a_coordinator_and_a_verb_of_saying_is_still_a_recurrence():
    text = "Water levels at the dam are checked daily and engineers said they were stable."
    assert [(t["text"], t["type"]) for t in timexes(text, CNBC)] == [("daily", "SET")]


@pytest.mark.parametrize("text, expected", [
    ("Bookings for the winter school holidays, which begin on Feb. 9 in the north, are ahead of last year.",
     [("Feb. 9", "2026-02-09"), ("last year", "2025")]),
    ("The autumn holiday, which ran from Oct. 20 to Oct. 26, filled the coast's hotels.",
     [("from Oct. 20 to Oct. 26", "2025-10-20/2025-10-26")]),
    # a relative clause that tells no month or day leaves the season the row
    ("Ski schools said the winter holidays, which began early, had lifted their bookings.",
     [("the winter", "2025-WI")]),
])
def test_a_season_naming_a_holiday_or_school_holidays_whose_days_are_told_right_after_makes_no_row(text, expected):
    assert calendar(text, dt.date(2026, 1, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Visitors who stay overnight in the old town pay a tourist tax of 3 euros.", []),
    # a stay told in the past keeps its night
    ("Hundreds of fans stayed overnight outside the stadium for tickets.", [("overnight", "2026-01-19")]),
])
def test_overnight_after_a_verb_of_staying_in_the_present_is_a_kind_of_visit_no_night(text, expected):
    assert calendar(text, dt.date(2026, 1, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Taobao's ad sales rose 10% in the first quarter of the company's fiscal 2026, Alibaba said.",
     [("the first quarter of the company's fiscal 2026", "2025-Q2")]),
    ("Alibaba expects cloud margins to widen in the second half of the group's fiscal 2026.",
     [("the second half of the group's fiscal 2026", "2025-10/2026-03")]),
])
def test_a_quarter_of_a_fiscal_year_an_owner_s_longer_name_tells_is_one_fiscal_quarter(text, expected):
    assert calendar(text, dt.date(2025, 9, 1)) == expected


@pytest.mark.parametrize("text, verb, past", [
    ("The council cut its bus fares in October.", "cut", True),
    # an object no determiner opens leaves a noun after the article: "set" of "The next set of results"
    ("The next set of results is due in late August.", "set", False),
])
def test_a_base_form_verb_after_a_sentence_s_article_and_one_noun_is_past_before_a_determined_object(text, verb, past):
    start = text.index(f" {verb} ") + 1
    assert finder.base_form_in_the_past(text, finder.lower_form(text), start, start + len(verb)) is past


# every participle_join row of tense.tsv: the participle after the join is the present passive's second one, no
# past; in the past passive it is past again
PARTICIPLE_JOINS = [p for r in load_table("dates/tense.tsv") if r["kind"] == "participle_join" for p in (
    pytest.param(r["example"], "", id=r["word"]),
    pytest.param(r["example"].replace(" are ", " were "), "past", id=f"{r['word']}-past"))]


@pytest.mark.parametrize("text, tense", PARTICIPLE_JOINS + [
    ("The beans are sorted on long tables by noon, then roasted overnight.", ""),
    ("The nets are mended at the quay and carefully stacked before dusk on Friday.", ""),
    # (a new subject after the join tells its own past)
    ("The lots are offered at 10 euros, and buyers snapped them up on Friday.", "past"),
])
def test_a_second_participle_joined_to_a_present_passive_tells_no_past(text, tense):
    low = text.lower()
    date = finder.find_expressions(text, low=low)[-1]
    assert finder.clause_tense(text, low, date.start, date.end) == tense, text

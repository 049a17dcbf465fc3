"""Stock, valuation and money mentions (pipeline/money/), on real and realistic news sentences.

The realistic sentences are written for these tests in the forms financial news uses for this story
(share prices, percentage moves, fines in two currencies, HKD market capitalisations, quarterly
revenue); the others come from the seeds and from TempEval-3 (TimeBank/AQUAINT newswire).
"""
from __future__ import annotations

import importlib
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money import MoneyMention, _words_to_level, find_money
from pipeline.money.figures import find_figures
from pipeline.money.lexicon import (EARNED_KINDS, MOVE_KINDS, PER_SHARE_KINDS, RAISED_KINDS, REPORTED_KINDS,
                                    SPENT_KINDS, STOCK_KINDS, TALLIED_KINDS, VALUED_KINDS, WORTH_KINDS, lexicon)
from pipeline.rules import load_table
from pipeline.sentences import matching_form, split_sentences
from tests.conftest import SEED_CNBC, SEED_FT


def one(sentence: str) -> MoneyMention:
    found = find_money(sentence)
    assert len(found) == 1, f"expected one mention in {sentence!r}, got {found}"
    return found[0]


def kinds_of(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.market_kind) for m in find_money(sentence)]


def kind_by_text(sentence: str) -> dict[str, str]:
    found = kinds_of(sentence)
    by_text = dict(found)
    assert len(by_text) == len(found), found  # two figures of one text would hide one of them
    return by_text


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)


# --- amounts in every common news form -------------------------------------------------------

AMOUNTS = [
    # sentence, money_text, amount, currency
    ("Regulators said more than $400 billion has been erased from the group's value since 2020.",
     "$400 billion", 400e9, "USD"),
    ("The fintech affiliate had hoped to raise US$3 billion from cornerstone investors.", "US$3 billion", 3e9, "USD"),
    ("Tencent spent $34.5bn on buybacks over the period.", "$34.5bn", 34.5e9, "USD"),
    ("Its market capitalisation topped HK$3 trillion for the first time.", "HK$3 trillion", 3e12, "HKD"),
    ("The group set up an RMB 100 billion fund to support small merchants.", "RMB 100 billion", 100e9, "CNY"),
    ("Analysts expect a Rmb5bn charge in the December quarter.", "Rmb5bn", 5e9, "CNY"),
    ("The cloud unit's quarterly revenue reached ¥22.1 billion.", "¥22.1 billion", 22.1e9, "CNY"),
    ("Brussels imposed a €2.4 billion penalty on the search company.", "€2.4 billion", 2.4e9, "EUR"),
    ("The London listing valued the chip designer at £24 billion.", "£24 billion", 24e9, "GBP"),
    ("The founder paid 3,000,000 dollars for the stake in the early days.", "3,000,000 dollars", 3e6, "USD"),
    ("The American depositary shares closed at $285.57 on Friday.", "$285.57", 285.57, "USD"),
    ("Alibaba was fined USD 2.8 billion by the market regulator.", "USD 2.8 billion", 2.8e9, "USD"),
    ("The listing raised 88 billion Hong Kong dollars, the most this year.", "88 billion Hong Kong dollars", 88e9,
     "HKD"),
    ("The group's $37-billion listing was halted two days before trading.", "$37-billion", 37e9, "USD"),
    ("He was hit with a US$2.7b fine for anti-competitive behaviour.", "US$2.7b", 2.7e9, "USD"),
    ("The shares opened 6.25% higher at HK $187 in their debut.", "HK $187", 187.0, "HKD"),
    ("A $3 billion fine was imposed on the group.", "$3 billion", 3e9, "USD"),
    ("The bank arranged a loan of U.S.$500 million for the buyer.", "U.S.$500 million", 500e6, "USD"),
    ("Net profit fell to 2.1 mln yuan in the quarter.", "2.1 mln yuan", 2.1e6, "CNY"),
    ("Revenue was C$291 million in the third quarter.", "C$291 million", 291e6, "CAD"),
    ("The broker lost 12 pence a share in London trading.", "12 pence", 0.12, "GBP"),
    ("The company reported a loss of $158,666, or 10 cents a share, in the third quarter.", "10 cents", 0.10, "USD"),
    ("Alibaba Health's earnings per share were 11 fen, up from 7 fen a year earlier.", "11 fen", 0.11, "CNY"),
    ("Naver shares climbed 2.1% to 215,000 won in Seoul on Friday.", "215,000 won", 215000.0, "KRW"),
    # a singular "pound" after a magnitude is sterling, as an adjective before its noun
    ("The brewer was bought in 2019 in a 410 million pound deal backed by a Dutch fund.", "410 million pound", 410e6,
     "GBP"),
    # ... and so is a singular "crown" the crowns of the country its sentence names, a headline's adjective
    ("Swedish truckmaker wins 3 billion crown bus order from Stockholm region", "3 billion crown", 3e9, "SEK"),
    # lakh grouping: pairs of digits before the last three, alone or before a magnitude
    ("Silver was quoted at Rs 1,52,300 per kg in the Delhi bullion market on Monday.", "Rs 1,52,300", 152300.0, "INR"),
    ("The insurer's assets under management crossed Rs 12,34,567 crore in March.", "Rs 12,34,567 crore", 1.234567e13,
     "INR"),
    # "F$" is the Fijian dollar, no US one with a letter before it
    ("The Suva millers lost F$12.5 million in the year to May, their annual report showed.", "F$12.5 million", 12.5e6,
     "FJD"),
    # ... and "G$" the Guyanese dollar, written with or without a price's magnitude
    ("Demerara Mutual's shares rose 1.8% to G$2,240 on the Georgetown exchange on Monday.", "G$2,240", 2240.0, "GYD"),
    ("The Berbice distiller's profit climbed to G$3.4 billion in the half.", "G$3.4 billion", 3.4e9, "GYD"),
]


@pytest.mark.parametrize("sentence, written, amount, currency", AMOUNTS)
def test_an_amount_is_read_in_currency_units_with_its_iso_currency(sentence, written, amount, currency):
    found = [m for m in find_money(sentence) if m.text.startswith(written)]
    assert found, f"{written!r} not found in {sentence!r}: {find_money(sentence)}"
    assert close(found[0].amount, amount)
    assert found[0].currency == currency
    assert (found[0].amount_usd is not None) == (currency == "USD")


def test_an_amount_is_exactly_the_number_written_not_its_binary_product():
    mention = one("Southbound investors bought a net HK$8.3 billion of Hong Kong stocks through the trading links.")
    assert mention.amount == 8.3e9


# Sentences that hold no stock, valuation or money figure of the table: find_money gives them no row (each id
# says why).
NO_ROW_SENTENCES = [
    pytest.param("Growers expect the cocoa crop now being picked to shrink by about a quarter from last season, the "
                 "board said.", id="a_crop_expected_to_shrink_is_a_count_wherever_it_stands"),
    pytest.param("Guild records listed some 900 master weavers in 2015; elders in the valley say the count has "
                 "shrunk by half since then.", id="the_count_told_alone_after_a_count_named_before_moves_no_money"),
    pytest.param("After the subsidy scheme was announced in 2024, Indian battery start-ups have raised hundreds of "
                 "millions of dollars.", id="a_sector_s_raised_money_past_a_fronted_phrase_is_no_company_s_round"),
    pytest.param("Analysts at Jefferies reckon the marketplace takes a commission of well under 2% on bulk orders, "
                 "against about 12% at rival sites.",
                 id="a_commission_told_well_under_a_percentage_is_a_fee_rate_and_its_base_too"),
    pytest.param("The planning ministry, which wants a windfall tax on bank profits in force by July 1, the start of "
                 "the fiscal year, has lowered its growth forecast for next year to 4.2% from 4.8%.",
                 id="the_growth_forecast_a_public_body_cuts_past_a_long_aside_is_the_economy_s"),
    pytest.param("The state government in Hobart approved on Feb. 11 a bushfire relief package of A$30 million for "
                 "orchard owners.", id="a_government_s_relief_package_told_before_its_sum_is_public_money"),
    pytest.param("The creamery in Cork said it will pay 48 cents a litre for milk supplied in March, against 44 cents "
                 "in February.", id="what_a_buyer_pays_by_the_litre_for_a_good_it_takes_in_and_its_base_are_no_row"),
    pytest.param("A carton of eggs sold for about $6 at the corner shop on Monday, up from about $4 a year earlier.",
                 id="a_carton_of_a_good_a_shop_sold_and_its_base_are_a_shop_price_and_no_row"),
    pytest.param("Traders in Kasese were paying 6,000 to 7,500 shillings a kilogram for dried cocoa beans last month, "
                 "down from 12,000 shillings in March.",
                 id="both_ends_of_a_range_a_buyer_pays_by_the_kilo_for_a_good_and_its_base_are_no_row"),
    pytest.param("Mwansa grows groundnuts now, which she sells to a trader in Chipata for about 14 kwacha a kilogram.",
                 id="what_a_grower_sells_to_a_buyer_for_by_the_kilo_is_the_buyer_s_price_paid_to_a_farmer"),
    pytest.param("Saffron producers are being paid between 410 and 450 euros a kilo this season, down about 12% from "
                 "last year, the growers' union said.",
                 id="what_growers_are_paid_by_the_unit_both_ends_of_its_range_and_its_move_are_their_pay"),
    pytest.param("Producers were paid 310 reais an arroba for fattened steers in Mato Grosso last month, the ranchers' "
                 "federation said.",
                 id="what_producers_are_paid_by_the_arroba_is_their_pay"),
    pytest.param("Chile exported 2.3 billion dollars of wine last year, the trade body said. That figure was down 4% "
                 "from 2023.",
                 id="a_move_of_a_dropped_total_named_again_is_that_measure_s_move"),
    pytest.param("Farmgate prices for hass avocados, the main export variety, fell to $1.10 a pound this month from "
                 "$1.45 in May, growers said.",
                 id="the_base_of_a_farmgate_price_past_its_unit_and_a_stretch_is_that_price_s_base"),
    pytest.param("Vietnam exported 1.6 million tonnes of coffee in the season, the customs office said. Export revenue "
                 "jumped 38% to $5.4 billion.",
                 id="export_revenue_opening_the_sentence_after_a_place_exported_is_the_place_s_trade"),
    pytest.param("Ghana's finance ministry sold $1 billion of seven-year bonds on Thursday. Orders exceeded $4 "
                 "billion, bankers said.",
                 id="orders_a_government_s_bond_sale_drew_told_bare_are_demand_for_public_debt"),
    pytest.param("\"Our suites for August are already 20% higher than what we charged last year,\" the guesthouse "
                 "owner said.",
                 id="a_price_set_against_what_the_seller_charged_is_its_own_price"),
    pytest.param("The Australian dollar slipped to 1.5320 per U.S. dollar, or 65.27 U.S. cents, in late trade.",
                 id="a_currency_s_rate_restated_in_the_other_currency_s_cents_is_no_sum"),
    pytest.param("The agency bought 60,000 tonnes of French wheat of 11.5% protein for shipment in March, traders "
                 "said.",
                 id="a_percentage_of_protein_is_the_grade_of_the_wheat"),
    pytest.param("Mobile prepaid subscribers, the regulator said, fell 3% in the quarter to 21.4 million.",
                 id="subscribers_told_by_their_line_of_service_are_a_count"),
    pytest.param("Jakarta slapped a 20% duty on imported nickel pig iron in May. The ministry raised the rate to 30% "
                 "on Sept. 1.",
                 id="the_rate_moved_after_a_duty_told_with_its_rate_is_the_dutys_no_policy_rate"),
    pytest.param("Samsung in 2019 won the bid to build the plant.",
                 id="a_won_amount_without_a_magnitude_needs_thousands_separators"),
    pytest.param("Segment results: All others (4,811) (2,360) n/a",
                 id="numbers_in_brackets_without_a_currency_are_not_money"),
    pytest.param("Three months ended March 31,\n2024 2025\nRMB RMB US$ YoY % Change",
                 id="a_year_above_a_currency_heading_on_the_next_line_is_not_money"),
    pytest.param("After two years of buybacks, the number of shares outstanding fell 3.1% at Harwell Foods.",
                 id="a_count_of_shares_outstanding_that_moved_is_no_stocks_move_with_or_without_its_figure-1"),
    pytest.param("Harwell's outstanding shares declined in the year as the buyback went on.",
                 id="a_count_of_shares_outstanding_that_moved_is_no_stocks_move_with_or_without_its_figure-2"),
    pytest.param("Management aims for sales to double by 2030 under the new three-year plan.",
                 id="a_measure_a_plan_aims_for_or_a_price_needs_to_double_is_no_forecast_move-1"),
    pytest.param("The chain needs its profit to double to justify the price, one fund manager said.",
                 id="a_measure_a_plan_aims_for_or_a_price_needs_to_double_is_no_forecast_move-2"),
    pytest.param("Lingo Lab, a language app, charges learners 388 yuan a year for unlimited lessons.",
                 id="a_services_yearly_charge_and_a_members_price_are_prices_and_make_no_figure-1"),
    pytest.param("Walking tours run every Saturday; tickets are $25, $18 for seniors.",
                 id="a_services_yearly_charge_and_a_members_price_are_prices_and_make_no_figure-2"),
    pytest.param("Hefei's general public budget revenue climbed 5.2 percent in the first quarter.",
                 id="a_citys_public_budget_revenue_is_public_finance_and_makes_no_figure-1"),
    pytest.param("The county's tax revenue fell to 1.9 billion yuan last year as land sales slumped.",
                 id="a_citys_public_budget_revenue_is_public_finance_and_makes_no_figure-2"),
    pytest.param("Weaker gas prices will hit the state's oil and gas revenue, which the treasury now expects to "
                 "fall by about a quarter next year.", id="a_states_revenue_a_relative_clause_moves_is_public_finance"),
    pytest.param("The sovereign fund now holds about $52,000 for every Australian, its chair said.",
                 id="a_worth_shared_out_for_every_one_of_a_nations_people_is_no_figure"),
    pytest.param("The rail operator will cut services by 15% on Monday because signal staff have worked "
                 "without pay since March.", id="work_done_without_pay_names_no_sum_paid_for_a_cut_before_it"),
    pytest.param("As of May 2025, we had 18,583 million ordinary shares outstanding, a net reduction of 5.1% "
                 "compared to a year earlier.", id="the_change_in_shares_outstanding_is_not_money"),
    pytest.param("Alibaba's 2030 dollar bonds traded at 98.6 cents on the dollar.",
                 id="a_bond_price_told_in_cents_on_the_dollar_is_not_a_market_figure"),
    pytest.param("Germany's IG Metall is seeking pay rises of at least 7% for its members in next year's talks.",
                 id="a_union_s_claim_for_pay_rises_of_at_least_a_percentage_is_pay"),
    pytest.param("Large manufacturers plan to raise capital spending by 9.1% this fiscal year, more than the 8.4% "
                 "increase they expected three months ago, the survey showed.",
                 id="what_a_class_of_firms_plans_in_a_survey_is_no_company_s_figure_nor_what_it_is_set_against"),
    pytest.param("Alibaba's instant commerce arm was losing about 3 yuan on average per order in the "
                 "September quarter, according to Morgan Stanley.", id="a_loss_per_order_is_no_market_figure"),
    pytest.param("Alibaba doubled its buyback programme this year.",
                 id="a_multiple_done_to_something_else_is_no_move"),
    pytest.param("Tesla cut prices by 10%.", id="a_verb_of_change_gives_no_row_to_a_figure_that_no_trigger_names"),
    pytest.param("The National People's Congress is expected to endorse a growth target of around 4.5% for 2026.",
                 id="a_growth_target_a_body_weight_lost_and_an_earlier_ownership_are_no_figures-1"),
    pytest.param("Phase 2 results showed patients losing an average of 13.1% of their body weight.",
                 id="a_growth_target_a_body_weight_lost_and_an_earlier_ownership_are_no_figures-2"),
    pytest.param("They owned about 11 per cent of the Hong Kong-listed shares at the end of June, compared with "
                 "less than 1 per cent a year earlier.",
                 id="a_growth_target_a_body_weight_lost_and_an_earlier_ownership_are_no_figures-3"),
    pytest.param("Chinese issuers sold a record $28 billion of convertible bonds in Asia last year, according to "
                 "LSEG data.", id="what_a_whole_market_is_worth_or_unnamed_issuers_sold_is_not_money-2"),
    pytest.param("Average hourly earnings rose 0.4% from the month before.",
                 id="public_spending_and_wages_are_macro_statistics-2"),
    pytest.param("Nordhavn carried 3.1 million FFE in the third quarter, up 4% on the year, helped by strong "
                 "exports from China to Europe and Latin America.",
                 id="freight_carried_is_a_count_and_its_move_no_money"),
    pytest.param("Health NZ has offered a 1.5 percent pay rise backdated to 1 April.",
                 id="a_pay_rise_and_the_fall_of_pay_make_no_row-1"),
    pytest.param("Its wage bill rose 12% to €48 million last season, the club's accounts show.",
                 id="a_wage_bill_that_moved_is_pay_its_move_and_level_alike"),
    pytest.param("The council's offer is a 3 percent pay rise from July, followed by rises of 2 percent in 2027 and "
                 "2028.", id="the_further_rises_a_pay_rise_is_told_with_are_pay-1"),
    pytest.param("Teachers will get a 4% pay rise next year, on top of an average 11% increase over the past three "
                 "years.", id="the_further_rises_a_pay_rise_is_told_with_are_pay-2"),
    pytest.param("The rail operator offered drivers a 6% pay rise and a £1,200 one-off payment.",
                 id="a_bonus_or_payment_told_with_a_pay_rise_is_pay"),
    pytest.param("Demand for the course has roughly tripled in two years, the dean said.",
                 id="a_count_told_to_have_doubled_tripled_or_halved_is_a_count_s_move"),
    pytest.param("In 2025 the per capita disposable income of rural residents grew 6.2 percent, faster than "
                 "that of urban residents.", id="household_and_personal_incomes_make_no_row-1"),
    pytest.param("The bondholder deal follows an agreement in March with official creditors, led by China and "
                 "France, to restructure about $8.4 billion of bilateral loans.",
                 id="a_governments_loans_and_an_agencys_spending_and_deficit_make_no_row-2"),
    pytest.param("NASA's inspector general estimated in a report in November that the agency had spent $93 "
                 "billion on its moon programme by the end of fiscal 2025.",
                 id="a_governments_loans_and_an_agencys_spending_and_deficit_make_no_row-4"),
    pytest.param("The IMF approved a four-year, $3.4 billion extended credit facility for Ethiopia in July 2024, "
                 "disbursing $1 billion immediately.", id="what_the_imf_disburses_is_public_finance"),
    pytest.param("Oyelaran was arrested on April 16 and was released two days later on a $25 million bond secured "
                 "by his parents' house in Atlanta.",
                 id="a_bail_bond_and_a_cost_to_taxpayers_are_no_companys_money-1"),
    pytest.param("The bank bought NZ$55.5 billion of government bonds between March 2020 and July 2021 and cost "
                 "taxpayers about NZ$11 billion in losses.",
                 id="a_bail_bond_and_a_cost_to_taxpayers_are_no_companys_money-2"),
    pytest.param("Peak demand on its system has grown about 14% since 2021, according to the utility.",
                 id="growth_of_peak_demand_is_a_count_not_money"),
    pytest.param("Rainfall between March and June was 38% below normal.",
                 id="a_percentage_so_far_below_a_norm_is_no_market_figure"),
    # not_money.tsv: a condition's threshold, no one's money or move
    pytest.param("Anything north of 12% in cloud growth and the shares could retest their highs, a trader said.",
                 id="a_figure_after_anything_and_a_word_of_comparison_is_a_threshold_and_makes_no_row-1"),
    pytest.param("Anything less than $2 billion in free cash flow would put the buyback at risk.",
                 id="a_figure_after_anything_and_a_word_of_comparison_is_a_threshold_and_makes_no_row-2"),
    # setEX, ex_port_strike
    pytest.param("The nurses' union turned the deal down after the health board offered a 12% increase "
                 "over three years.",
                 id="a_percentage_increase_an_employer_offered_is_a_pay_offer_and_makes_no_row-1"),
    # not_money.tsv: a pay rise a word qualifies between its figure and its noun is pay, claimed or offered
    pytest.param("The teachers' union wants a 7.5% basic pay rise from September.",
                 id="a_pay_rise_a_word_qualifies_is_pay_and_makes_no_row-1"),
    pytest.param("The council offered its bin crews a 4% cost-of-living pay rise backdated to April.",
                 id="a_pay_rise_a_word_qualifies_is_pay_and_makes_no_row-2"),
    # not_money.tsv: a good of a country, its possessive or its people's adjective before, earns export money: trade
    pytest.param("Uganda's coffee earned about $1.9 billion in the year to September, the coffee authority said.",
                 id="what_a_good_of_a_country_earned_is_trade_and_makes_no_row-1"),
    pytest.param("Ethiopian sesame could earn $500 million this season if rains hold.",
                 id="what_a_good_of_a_country_earned_is_trade_and_makes_no_row-2"),
    # not_money.tsv: what a bidder paid for one object at an auction its sentence tells is no company's deal
    pytest.param("An anonymous bidder paid $3.1 million for a Patek Philippe watch at the Geneva auction on Sunday.",
                 id="what_a_bidder_paid_for_one_object_at_an_auction_is_its_price_and_makes_no_row"),
    # not_money.tsv: a sum no one named pays, or one people only talk of, is no one's money
    pytest.param("Nobody would pay 2,000 euros for a weekend in that hotel, the owner admitted.",
                 id="a_sum_anyone_would_pay_is_a_case_and_makes_no_row"),
    pytest.param("Ministers talk of billions of pounds for the north, but councils see little of it.",
                 id="a_sum_people_only_talk_of_makes_no_row"),
    # setEX, ex_port_strike
    pytest.param("The industry body said on Monday that imports at West Coast ports fell 6% in May.",
                 id="exports_or_imports_told_with_where_they_go_or_come_from_are_trade_and_make_no_row-1"),
    pytest.param("The ministry said on Friday that exports to the European Union fell 4% in June.",
                 id="exports_or_imports_told_with_where_they_go_or_come_from_are_trade_and_make_no_row-2"),
    # setEY, ey_market_wrap
    pytest.param("Sony's shares swung between gains and losses in Tokyo on Thursday.",
                 id="a_stock_that_swung_between_gains_and_losses_tells_no_move_and_makes_no_row"),
    pytest.param("The trustees will present the triennial valuation of the pension scheme in March.",
                 id="the_valuation_of_a_pension_scheme_is_what_it_owes_and_makes_no_row"),
    pytest.param("COLOMBO, March 3 (Reuters) -- The International Monetary Fund (IMF) has completed the third "
                 "review of Sri Lanka's programme under the Extended Fund Facility, enabling an immediate "
                 "disbursement of about 340 million U.S. dollars.",
                 id="an_imf_disbursement_told_as_a_noun_is_public_finance-1"),
    pytest.param("The IMF board approved the review on Monday, bringing total disbursements under the "
                 "arrangement to about $1.3 billion.", id="an_imf_disbursement_told_as_a_noun_is_public_finance-2"),
    pytest.param("IMF completes review of Egypt's loan programme, releases about 1.2 bln USD",
                 id="an_imf_disbursement_told_as_a_noun_is_public_finance-3"),
    pytest.param("Starting salaries for junior designers in Shenzhen were around 12,000 yuan a month.",
                 id="salaries_and_pay_offers_to_hires_are_pay-1"),
    pytest.param("Roughly NZ$310 million of shares changed hands during the session.",
                 id="shares_that_changed_hands_with_no_company_named_are_the_exchanges_turnover"),
    pytest.param("The district has set aside $3 million from its reserves to repair the roofs of two high "
                 "schools.", id="a_school_district_setting_money_aside_is_public_finance"),
    pytest.param("Airport parking tolls rose 9% this year, the operator said.",
                 id="a_fare_rise_is_a_price_rise_not_a_share_move-2"),
    pytest.param("Only managers with more than $100 million in assets must report their holdings.",
                 id="investment_managers_above_a_sum_are_sorted_by_a_threshold"),
    pytest.param("The building society will keep the rate on its two-year fixed bond at 4.1% until March.",
                 id="a_savings_rate_a_lender_keeps_is_still_no_figure"),
    # setGH, gh_steel_imports
    pytest.param("Mexico, which is still negotiating, pays 30% on its steel, pending talks due by October.",
                 id="a_percentage_a_country_pays_is_a_tariff_rate"),
    pytest.param("Net northbound buying of Kweichow Moutai shares by month:\n- July: 3.2 billion\n",
                 id="a_bare_sum_under_a_heading_without_a_currency_is_no_money"),
    pytest.param("The game raised its ticket price to $3 in October.",
                 id="a_lottery_game_raising_its_ticket_price_to_a_sum_tells_a_product_s_price"),
    pytest.param("Ticket sales for Friday's drawing topped $120 million, officials said.",
                 id="ticket_sales_for_a_weekday_s_drawing_are_no_company_s_revenue"),
    pytest.param("Opticians will be paid £24 for each eye test, up from £22.",
                 id="a_fee_paid_for_each_service_is_a_price"),
    pytest.param('"Silicon Tides" (Quarry Books, 256 pages, $27) follows three chip founders.',
                 id="a_book_s_price_in_its_bibliographic_brackets_makes_no_row"),
    pytest.param("Shares of cruise operators also fell.", id="shares_of_a_sector_s_operators_are_no_company_s_stock"),
    pytest.param("A sturdy pair of hiking boots costs $80 to $140, the outlet says.",
                 id="what_a_product_named_in_several_words_costs_opening_its_sentence_is_its_price_no_figure"),
    pytest.param("The former councillor, who is due back in court in June, remains free on a $150,000 bond.",
                 id="a_bond_a_defendant_remains_free_on_is_bail_and_no_money"),
    pytest.param("Officials also discussed the rental market, where prices have risen 1.2% since the autumn, "
                 "and household debt.", id="prices_that_move_in_a_market_a_where_clause_names_are_macro_prices"),
    # not_money.tsv: pay however it is told, and a price a person pays by the day
    pytest.param("Starting pay for a nurse at the county hospital is $41,200, against $47,500 in the capital.",
                 id="starting_pay_and_the_pay_it_is_set_against_a_raise_for_nurses_and_a_daily_fee_are_not_money-1"),
    pytest.param("The hospital said the savings would fund a 4% raise for nurses next spring.",
                 id="starting_pay_and_the_pay_it_is_set_against_a_raise_for_nurses_and_a_daily_fee_are_not_money-2"),
    pytest.param("Parents said they could not afford $30 a day for the holiday camp.",
                 id="starting_pay_and_the_pay_it_is_set_against_a_raise_for_nurses_and_a_daily_fee_are_not_money-3"),
    pytest.param("The council expects to save about £520,000 a year by merging its two libraries.",
                 id="a_councils_savings_a_countrys_research_money_and_a_cost_paid_by_the_eu_are_public_money-1"),
    pytest.param("Germany said on Monday it would put 1.2 billion euros into quantum research.",
                 id="a_councils_savings_a_countrys_research_money_and_a_cost_paid_by_the_eu_are_public_money-2"),
    pytest.param("The new tunnel's cost has risen to more than 9 billion euros, most of it paid by the European "
                 "Union.",
                 id="a_councils_savings_a_countrys_research_money_and_a_cost_paid_by_the_eu_are_public_money-3"),
    pytest.param("Robotics start-ups raised $1.1 billion in the quarter, bringing their total since 2022 to more "
                 "than $6 billion.",
                 id="a_sectors_running_total_a_stamps_price_and_a_licensing_minimum_are_not_money-1"),
    pytest.param("The price of a first-class letter stamp will go up 3 pence to 87 pence in April.",
                 id="a_sectors_running_total_a_stamps_price_and_a_licensing_minimum_are_not_money-2"),
    pytest.param("Exchanges must hold paid-up capital of at least $10 million under the new rules.",
                 id="a_sectors_running_total_a_stamps_price_and_a_licensing_minimum_are_not_money-3"),
    pytest.param("The chief financial officer's total compensation came to about 14 million yuan last year.",
                 id="an_executive_s_total_compensation_that_came_to_a_sum_is_pay_and_makes_no_row"),
    pytest.param("The county has since spent about $4 million on flood barriers along the river.",
                 id="a_county_that_has_since_spent_a_sum_and_a_ministry_that_said_it_will_borrow_one_tell_of_public_"
                    "money-1"),
    pytest.param("The finance ministry said on Monday it will borrow 3 trillion won more this year.",
                 id="a_county_that_has_since_spent_a_sum_and_a_ministry_that_said_it_will_borrow_one_tell_of_public_"
                    "money-2"),
    pytest.param("Budget analysts said the bill would cut about $240 million from county tax revenue over "
                 "two years.",
                 id="a_sum_cut_from_local_government_revenue_and_an_aid_appeal_for_a_sum_make_no_row-1"),
    pytest.param("A UN appeal for $1.2 billion to feed refugees in Sudan is only a third funded.",
                 id="a_sum_cut_from_local_government_revenue_and_an_aid_appeal_for_a_sum_make_no_row-2"),
    pytest.param("The board will vote on a 7% rise in sewer rates to pay for new treatment tanks.",
                 id="a_rise_in_a_utilitys_rates_is_a_price_and_assessed_home_values_are_no_valuation-1"),
    pytest.param("Assessors mailed notices this month showing home values up an average of 9%.",
                 id="a_rise_in_a_utilitys_rates_is_a_price_and_assessed_home_values_are_no_valuation-2"),
    pytest.param("After the free trial, the workflow engine costs 0.5 yuan per 1,000 steps in China and $0.07 per "
                 "1,000 steps abroad.", id="the_price_of_the_steps_or_requests_a_service_runs_is_no_market_figure"),
    pytest.param("The agency's budget for the year to March 31, 2026, approved by the state assembly in February, "
                 "is about $2.3 billion, down 4% from the previous year.",
                 id="a_body_s_budget_for_the_year_to_a_day_told_past_an_aside_is_public_money_with_its_change"),
    pytest.param("The district spends about $310,000 a year on buses for its magnet schools, officials said.",
                 id="what_a_school_district_spends_a_year_is_public_money"),
    pytest.param("The agency's inspectors recovered $41 million in unpaid wages for farm workers in the year that "
                 "ended in June, up from $36 million the year before.",
                 id="the_base_a_dropped_sum_is_compared_with_far_on_in_its_sentence_is_dropped_too"),
    pytest.param("The union wants the pay threshold for the new bonus lowered to $52,000 before the vote in "
                 "March.", id="a_pay_threshold_is_pay"),
    pytest.param("Food bought in supermarkets rose 2.9% from a year earlier, the statistics office said.",
                 id="food_bought_in_shops_that_opens_a_sentence_and_rises_is_a_price_statistic_no_figure"),
    pytest.param("Economists had expected annual inflation of 3.1% and a monthly gain of 0.4%.",
                 id="a_monthly_rise_joined_to_an_inflation_forecast_is_the_same_statistic_no_figure"),
    pytest.param("Maize prices in Lilongwe have climbed about 60% since the harvest failed, aid groups said.",
                 id="a_local_food_price_told_with_its_city_is_a_price_level_no_figure"),
    pytest.param("A retired teacher told the inquiry he had lost his entire $212,000 retirement savings.",
                 id="a_sum_of_someone_s_life_savings_is_no_company_s_money"),
    pytest.param('The firm would say only that the glasses will cost "less than 3,000 yuan".',
                 id="a_quoted_price_that_a_product_will_cost_is_a_price"),
    pytest.param("The show runs for three nights, and tickets, at 280 yuan, sold out within an hour.",
                 id="tickets_at_a_price_are_a_price_no_figure"),
    pytest.param("The town council ran a small surplus of 2.3 million kroner last year, the mayor said.",
                 id="a_public_body_s_surplus_is_public_finance_as_its_deficit_is"),
    pytest.param("An average meal from the Prosus-backed delivery app costs about 310 rupees, the survey found.",
                 id="what_an_average_one_of_a_kind_costs_is_a_price_whatever_company_it_names"),
    pytest.param("The Bank of Korea injected about 5 trillion won into money markets on Monday.",
                 id="a_nations_central_bank_named_bank_of_still_tells_of_public_money"),
    pytest.param("The hospital says it has offered nurses raises totalling 12% over four years, while an "
                 "arbitrator recommended raises of 15.5%.",
                 id="raises_told_before_their_size_are_pay_and_make_no_row"),
    pytest.param("Lotus showed the P45 race car and a P3 prototype in Geneva.",
                 id="a_model_called_p_and_a_number_is_no_money"),
    pytest.param("The budget bill for the fiscal year starting July 1 allocates $1.2 billion to "
                 "rural roads, lawmakers in Nairobi said.",
                 id="what_a_budget_bill_for_a_coming_fiscal_year_sets_aside_is_public_money"),
    pytest.param("The striker will sit out six matches and lose about £400,000 in salary.",
                 id="a_players_contract_worth_a_sum_his_salary_and_his_prize_money_are_pay-2"),
    pytest.param("Insurers estimated that a cyclone of that strength could cost the Australian economy between "
                 "A$40 billion and A$95 billion.",
                 id="the_other_end_of_a_range_whose_first_end_makes_no_row_makes_none"),
    pytest.param("The startup's engineers will split a retention package of about $18 million over four "
                 "years, the buyer said.",
                 id="a_retention_package_a_market_stabilisation_fund_and_an_appeal_to_donors_make_no_row-1"),
    pytest.param("Seoul's regulators said a 40 trillion won market stabilisation fund stood ready to buy "
                 "corporate bonds.",
                 id="a_retention_package_a_market_stabilisation_fund_and_an_appeal_to_donors_make_no_row-2"),
    pytest.param("The prime minister said his government would sign off a $40 billion investment package "
                 "with Canada by the end of the month.",
                 id="a_governments_investment_package_and_supplementary_budget_are_public_money-1"),
    pytest.param("The government sent a 14 trillion yen ($95 billion) extra budget to parliament "
                 "on Friday.", id="a_governments_investment_package_and_supplementary_budget_are_public_money-2"),
    pytest.param("Prosecutors said the two men took $1,860 from the safe and fled in a stolen van.",
                 id="cash_taken_from_a_till_or_a_safe_is_a_robberys_take_and_makes_no_row"),
    pytest.param("A $640,000 settlement her office reached with a former deputy drew fire from "
                 "lawmakers.", id="a_settlement_an_officials_office_reached_is_public_money"),
    pytest.param("Each new member state pays annual dues of about $3 million to the secretariat.",
                 id="dues_a_member_pays_and_a_customs_duty_are_fees_and_taxes-1"),
    pytest.param("Clubs pay $8,500 in annual dues to the league.",
                 id="dues_a_member_pays_and_a_customs_duty_are_fees_and_taxes-2"),
    pytest.param("From March, a flat €2 customs duty applies to small parcels from outside the bloc.",
                 id="dues_a_member_pays_and_a_customs_duty_are_fees_and_taxes-3"),
    pytest.param("New drivers start at $21 an hour, rising to $27 after two years.",
                 id="the_level_hourly_pay_rises_to_is_pay_too"),
    pytest.param("The investment board approved 48 solar and wind projects worth 92 billion pesos in "
                 "2025.",
                 id="a_count_of_approved_projects_and_the_applications_a_board_took_are_an_investment_statistic-1"),
    pytest.param("Applications in the first quarter had already topped 30 billion pesos.",
                 id="a_count_of_approved_projects_and_the_applications_a_board_took_are_an_investment_statistic-2"),
    pytest.param("Scottish councils face a funding gap of £480 million in 2026/27 and £720 million in "
                 "2027/28, the body said.", id="the_second_gap_told_by_years_is_public_finance_like_the_first"),
    pytest.param("The observatory cost about $420 million, most of it from the DOE.",
                 id="a_public_agency_paying_most_of_a_cost_makes_it_public_money"),
    pytest.param("The helmet, which the trust bought at auction in 2003 for £220,000, was found in a "
                 "garage.", id="an_object_bought_at_auction_is_the_price_of_that_object"),
    pytest.param("Trade between Vietnam and Japan reached $52 billion last year and grew 6.4% in the first "
                 "half.", id="a_second_move_of_trade_after_and_is_trades_too"),
    pytest.param("The co-operative opened the season with a forecast of $8.20 to $9.80 per kilogram of milk "
                 "solids, a midpoint of $9.00.",
                 id="a_midpoint_after_a_price_per_kilogram_of_milk_solids_is_that_prices"),
    pytest.param("Unions had initially demanded 12,100 won, while employers sought to freeze the wage at "
                 "this year's 10,030 won.",
                 id="what_labour_demanded_a_wage_frozen_at_and_a_wage_by_the_month_are_pay-1"),
    pytest.param("On a 40-hour week, the new wage works out to 2,150,000 won a month.",
                 id="what_labour_demanded_a_wage_frozen_at_and_a_wage_by_the_month_are_pay-2"),
    pytest.param("The minimum wage rose 6.1 percent in 2016 and 7.3 percent in 2017.",
                 id="what_labour_demanded_a_wage_frozen_at_and_a_wage_by_the_month_are_pay-3"),
    pytest.param("Donor nations agreed to mobilise at least $120 billion a year in climate finance by "
                 "2030.", id="climate_finance_and_a_public_funds_pledges_are_public_money-1"),
    pytest.param("The Adaptation Fund, created under the Kyoto Protocol, had pledges of about $410 million "
                 "by the end of June.", id="climate_finance_and_a_public_funds_pledges_are_public_money-2"),
    pytest.param("The scheme, which gives subsidies of up to 800 yuan on air conditioners, is funded with "
                 "120 billion yuan in special treasury bonds.",
                 id="a_subsidy_per_buyer_and_special_treasury_bonds_are_no_companys_money"),
    pytest.param("The health board says the union's claim would cost an extra $64 million a year.",
                 id="what_a_unions_pay_claim_would_cost_is_pay"),
    pytest.param("Pakistan, whose $7 billion loan programme the IMF approved in September, met its targets.",
                 id="an_imf_loan_programme_told_before_the_fund_is_public_money"),
    pytest.param("If every second reader paid 12 yuan a month, the paper would break even, its editor said.",
                 id="what_a_user_paid_a_month_with_no_magnitude_is_a_price"),
    pytest.param("Buyers paid an average of 38,600 yuan per square metre for new flats in the city last month.",
                 id="a_price_per_square_metre_with_no_magnitude_is_no_deal"),
    pytest.param("It released $2.6 million from its emergency contingency fund when the cholera outbreak "
                 "spread in May.", id="what_an_agency_releases_from_its_emergency_fund_is_public_money"),
    pytest.param("The health department opened two clinics. Their budget for tuberculosis screening programmes was "
                 "A$48 million in 2025.", id="a_budget_for_programmes_is_a_public_programmes_budget"),
    pytest.param("Indonesians spent about 9 trillion rupiah on online courses last year, up 12%, the statistics "
                 "agency said.", id="what_a_nations_people_spent_and_its_change_are_a_macro_statistic"),
    pytest.param("India imported goods worth about $95 billion from China last year, the ministry said.",
                 id="a_countrys_goods_imported_worth_a_sum_are_trade_not_a_market_figure-1"),
    pytest.param("The country exported products worth $900 million to Europe in 2024.",
                 id="a_countrys_goods_imported_worth_a_sum_are_trade_not_a_market_figure-2"),
    pytest.param("The chipmaker granted restricted stock units worth a combined $420 million to about 900 "
                 "engineers last year, its proxy filing shows.",
                 id="share_units_worth_a_combined_sum_are_a_stock_award"),
    pytest.param("The club employed 140 people, and staff costs rose to £6.2 million.",
                 id="staff_costs_a_share_of_a_whole_raised_to_a_level_members_spending_and_tourism_income_make_no_"
                    "row-1"),
    pytest.param("The board sets how much of the reserve may go into equities, a share it last lowered, to 40 "
                 "percent, in 2019.",
                 id="staff_costs_a_share_of_a_whole_raised_to_a_level_members_spending_and_tourism_income_make_no_"
                    "row-2"),
    pytest.param("The brewers' association said its members invested about $2 billion in new plants.",
                 id="staff_costs_a_share_of_a_whole_raised_to_a_level_members_spending_and_tourism_income_make_no_"
                    "row-3"),
    pytest.param("Thailand earns an estimated $50 billion a year from foreign tourists.",
                 id="staff_costs_a_share_of_a_whole_raised_to_a_level_members_spending_and_tourism_income_make_no_"
                    "row-4"),
    pytest.param("Thailand's tourism receipts reached $38.5 billion last year, compared with $60 billion in 2019, "
                 "the tourism ministry said.",
                 id="a_country_s_tourism_receipts_are_a_macro_statistic_with_the_sum_they_are_set_against-1"),
    pytest.param("International tourism receipts rose 8% to $1.6 trillion last year, the UN agency said.",
                 id="a_country_s_tourism_receipts_are_a_macro_statistic_with_the_sum_they_are_set_against-2"),
    pytest.param("Travellers made 4.6 million border crossings at the Lo Wu checkpoint in October, up 18% from a "
                 "year earlier, the immigration department said.",
                 id="a_count_of_border_crossings_and_its_change_told_after_it_are_no_money-1"),
    pytest.param("Foreign visitors made 1.2 million visa-free entries in the first half of the year, up 40%.",
                 id="a_count_of_border_crossings_and_its_change_told_after_it_are_no_money-2"),
    pytest.param("We finish with mango pudding. The bill for two comes to S$312, and she insists on paying.",
                 id="what_the_bill_for_a_meal_comes_to_is_a_price_and_makes_no_row-1"),
    pytest.param("The tab came to £96 with service.",
                 id="what_the_bill_for_a_meal_comes_to_is_a_price_and_makes_no_row-2"),
    pytest.param("The governor said the state would forgo about $45 million a year in sales-tax revenue under "
                 "the plan.",
                 id="the_commission_that_offered_a_reserve_and_a_state_that_gives_up_sales_tax_revenue_are_public_"
                    "money-2"),
    pytest.param("Tourism revenue fell 3% to 4.1 billion dinars in the first half, the central bank said.",
                 id="a_country_s_tourism_revenue_and_its_move_are_a_macro_statistic"),
    pytest.param("Earnings from cashew exports climbed 12% to $410 million last year, the export council said.",
                 id="a_country_s_earnings_from_its_exports_are_trade"),
    pytest.param("The average 30-year refinancing rate fell to 6.4% last week, the mortgage bankers' group said.",
                 id="a_refinancing_rate_in_a_sentence_naming_no_central_bank_is_lenders"),
    pytest.param("Kenya earned about 180 billion shillings ($1.4 billion) from tea exports last year, the tea board "
                 "said.", id="what_a_country_earned_from_its_exports_is_trade"),
    pytest.param("Traders at BMO cut their 2026 nickel output forecast by 6% after the smelter fire.",
                 id="the_size_a_production_or_output_forecast_is_cut_by_is_a_volume"),
    pytest.param("Hotels expect spending during the carnival to reach 1.8 billion reais, up 7% on last year.",
                 id="spending_during_a_festival_and_its_move_are_visitors_spending"),
    pytest.param("Critics say the proposed 30% mineral resource tax on miners will scare off investors.",
                 id="a_tax_a_rate_is_told_right_before_is_a_tax_rate-1"),
    pytest.param("The country introduced a 15% digital services levy on foreign platforms last year.",
                 id="a_tax_a_rate_is_told_right_before_is_a_tax_rate-2"),
    pytest.param("The trade deal cuts the 60% duty on European cars to 30% next year and to 10% by 2032.",
                 id="a_second_rate_a_duty_is_cut_to_after_and_is_a_tax_rate"),
    pytest.param("From January, an excise duty of 1.50 euros will apply to every pack of heated tobacco.",
                 id="a_customs_import_or_excise_duty_told_as_a_sum_is_a_tax"),
    pytest.param("Retailers warn the new levy could add about 4 dollars to each online order.",
                 id="what_a_tax_adds_to_an_order_is_a_tax"),
    pytest.param('"What cost 20 dinars last spring costs 35 now," said a fruit seller.',
                 id="a_clause_of_what_a_sum_once_bought_is_a_shop_price"),
    pytest.param("A 1982 bottle of Bordeaux that fetched 9,000 pounds at auction in 2015 would sell for less today.",
                 id="a_vintage_bottle_and_what_it_fetched_is_an_object_s_price"),
    pytest.param("The average export price of fresh cod was 41.30 crowns per kilo last week, down 4% from the week "
                 "before and 9% below a year earlier.",
                 id="a_price_per_kilo_told_by_was_and_its_two_changes_are_prices"),
    pytest.param("The average price across the market's 60 stalls rose 5% to 3.15 euros, from 3.00 euros last year.",
                 id="an_average_price_told_where_it_was_taken_and_its_earlier_price_are_prices"),
    pytest.param("The state marketing board raised the price it pays coffee growers by 12% for the new season.",
                 id="the_price_a_board_pays_growers_is_a_farmgate_price"),
    pytest.param("Senegal set its farm price at 350 CFA francs per kilogram of groundnuts for the season.",
                 id="a_farm_price_per_kilogram_is_a_farmgate_price"),
    pytest.param("In those years a pint cost 3 euros in the village pub.",
                 id="what_a_pint_cost_is_a_shop_price"),
    pytest.param("Back then a litre cost 40 rupees at the village pump, a farmer recalled.",
                 id="what_a_litre_cost_the_good_left_out_is_a_shop_price"),
    pytest.param("The state proposed a 35% super profits tax on lithium miners on Tuesday.",
                 id="a_tax_a_rate_is_told_right_before_is_a_tax_rate-3"),
    pytest.param("Dairy exporters now pay a 10% U.K. tariff that began on March 1 under a trade deal struck in "
                 "January.", id="a_tax_a_rate_is_told_right_before_is_a_tax_rate-4"),
    pytest.param("Tourism revenue came to 610 million euros in July, the statistics office said.",
                 id="a_country_s_tourism_revenue_told_as_a_sum_alone_is_a_macro_statistic"),
    pytest.param("The minimum wage was raised by 18% in January, the labour ministry said.",
                 id="pay_raised_in_the_passive_is_pay"),
    pytest.param("The county's population rose 3.2 percent to 412,000 over the decade, but Grayhollow in the hills "
                 "shrank 6.8 percent, the census showed.",
                 id="a_name_that_shrank_against_a_population_move_is_a_place"),
    pytest.param("Mills paid a premium for barley with 11% protein or more, and malting grades with 1.6% moisture "
                 "sold out.", id="a_percentage_a_good_is_told_with_is_its_grade"),
    pytest.param("Under the bill, colleges with the richest endowments would move up into the 21% bracket.",
                 id="a_percentage_naming_a_bracket_is_its_rate"),
    pytest.param("Container throughput at Hamburg's port rose 2.3% in the first half, the port's marketing arm said.",
                 id="a_port_s_throughput_is_a_count_of_cargo"),
    pytest.param("Hotels along the coast were 94% full over the holiday weekend, the tourism board said.",
                 id="how_full_a_place_is_is_a_ratio"),
    pytest.param("Importers had hoped for relief, but the economy grew a meagre 0.9% in the quarter to June.",
                 id="the_economy_growing_told_after_its_clause_opens_is_a_macro_statistic"),
    pytest.param("By noon the currency was trading at 17.42 pesos per dollar, its strongest in a month.",
                 id="the_level_a_currency_trades_at_is_no_row"),
    pytest.param("The cabinet said on Tuesday that it would cover half the cost of new irrigation pumps, earmarking "
                 "9 billion rupees for the plan.", id="a_public_body_s_sum_in_a_participle_after_said_it"),
    pytest.param("Remittances from Nepalis working in the Gulf rose 7% in the year to mid-July, the central bank said.",
                 id="a_nation_s_remittances_are_a_macro_statistic"),
    pytest.param("Households deposited about 31 trillion won in time deposits last quarter, central bank data showed.",
                 id="what_households_put_aside_is_a_macro_statistic"),
    pytest.param("The country's banks lent a record 9.1 billion rand against homes in May.",
                 id="what_a_country_s_banks_lent_together_is_an_industry_total"),
    pytest.param("Firms in Taiwan have raised about $6 billion from convertible bonds this year, bankers said.",
                 id="what_a_place_s_companies_raised_together_is_an_industry_total"),
    pytest.param("Dealers in Mumbai said 99.9% pure gold bars were changing hands above the official rate.",
                 id="a_percentage_before_the_word_of_its_grade_is_that_grade"),
    pytest.param("Pakistan's rupee held steady on Tuesday, the third session running, after central bank reserves rose "
                 "to $14.5 billion.", id="a_central_bank_s_reserves_are_public_finance_however_far_the_country_stands"),
    pytest.param("Overseas card spending in Portugal climbed 7% to 4.6 billion euros in the summer, Bank of Portugal "
                 "data showed.", id="card_spending_in_a_place_is_what_its_visitors_spend"),
    pytest.param("LISBON, Jan 9 - Cruise passengers through Lisbon reached a record 812,000 last year, the port "
                 "authority said on Monday, up 9% from 2024.",
                 id="a_count_that_reached_a_record_moves_by_the_percentage_after_who_told_it"),
    pytest.param("The royalty rises to 12% of sales when nickel sells above $20,000 a tonne, the ministry said.",
                 id="a_price_level_a_condition_sets_after_sells_above_is_no_price"),
    pytest.param("Rice reserves cover about four months of demand, the agriculture minister said on Monday, and state "
                 "stocks will be topped up after the autumn harvest.",
                 id="stocks_topped_up_are_goods_filled_again_and_no_stock_s_move"),
    pytest.param("The region's labour courts handled 12% more cases last year than in 2023, the ministry said.",
                 id="a_percentage_more_of_what_a_body_handled_is_a_count"),
    pytest.param("Producers that budgeted for a year of $80 oil are now idling rigs across the basin.",
                 id="a_price_told_as_a_label_before_a_good_is_no_price_quoted"),
    pytest.param("Global steel demand has shrunk by about a fifth since 2015, and it fell a further 4% in the first "
                 "half, the industry body said.", id="a_good_s_demand_and_its_further_fall_are_a_count_s_moves"),
    pytest.param("The founding family owns about 52% of the brewer directly and the Brouwer Foundation a further 8%, "
                 "so it takes most of the dividend.", id="a_further_stake_told_with_its_verb_left_out_is_ownership"),
    pytest.param("The island's council voted on Tuesday for a flat 5-euro tax on every cruise passenger who comes "
                 "ashore.", id="a_plain_sum_right_before_a_tax_is_a_charge_per_thing_taxed"),
    pytest.param("The loyalty scheme charges its most frequent flyers 60 euros a year for lounge access.",
                 id="a_price_charged_a_month_after_four_words_of_who_pays_it"),
    pytest.param("Orders for the new trucks, boosted by a tax credit that was extended in March, more than doubled.",
                 id="a_count_s_move_reaches_past_a_participle_aside_on_what_drove_it"),
    pytest.param("Defence contractors have been the market's darlings, in a rally that has tripled some of their share "
                 "prices since the spring.", id="a_multiple_of_some_of_a_group_s_stocks_is_no_stock_s_figure"),
    pytest.param("At the Ordu auction, growers were offered 310 lira a kilogram for shelled nuts on Monday, against "
                 "150 lira a year earlier.", id="what_growers_are_offered_by_the_kilo_and_the_price_set_against_it"),
    pytest.param("The new regime grants ten years of tax stability to mining projects investing more than $300 "
                 "million.", id="a_class_a_rule_sorts_by_what_its_members_lay_out_told_by_a_participle"),
    pytest.param("The state will compensate olive farmers who lost more than 40% of their harvest to the drought.",
                 id="the_share_of_their_crop_the_people_a_scheme_pays_lost"),
    pytest.param("The meeting comes as Australian coal exports are expected to fall about 8% this year.",
                 id="exports_forecast_to_move_are_the_nation_s_trade"),
    pytest.param("The cabinet targets export growth of 6% in 2026, the planning minister said.",
                 id="the_growth_of_exports_a_government_targets"),
    pytest.param("Shipments of the category reached $48.1 billion last year, up 22% from 2024, the customs office "
                 "said.", id="shipments_with_no_owner_s_word_are_a_place_s_trade_and_so_is_their_change"),
    pytest.param("Ferry bookings to the islands rose 17% in July, the port authority said.",
                 id="a_percentage_bookings_move_by_is_a_count_no_stock_named_by_the_word_opening_the_sentence"),
    pytest.param("Package-holiday bookings for the half-term break, which runs from Feb. 14 to Feb. 22, were up 9%.",
                 id="a_percentage_bookings_move_by_past_an_aside_is_a_count"),
    pytest.param("Japan's exports to China fell 3% to $126 billion last year. Chipmaking tools brought in another "
                 "$21.8 billion.", id="more_of_a_dropped_total_told_as_another_sum_is_a_part_of_it"),
    pytest.param("Dairy farmers are demanding that the minimum milk price be set at no less than 52 cents a litre.",
                 id="a_price_someone_demands_be_set_at_a_level_is_a_demand"),
    pytest.param("Wheat growers are calling for the support price to be raised to at least 2,600 rupees a quintal.",
                 id="a_price_someone_calls_for_to_be_raised_to_a_level_is_a_demand"),
    pytest.param("Vietnam's bookings from South Korean travellers rose 12% in March, the tourism board said.",
                 id="a_place_s_bookings_are_a_count_no_platform_s"),
    pytest.param("Ski-pass bookings on Christmas Day rose 14%, the resort operator said.",
                 id="bookings_on_a_holiday_are_a_count_no_platform_s"),
    pytest.param("Hotel bookings on Labor Day weekend climbed 15% from a year earlier, the travel agency said.",
                 id="bookings_on_a_holiday_named_by_its_day_and_weekend_are_a_count"),
    pytest.param("Bookings on Black Friday jumped 22%, according to the tracker, as shoppers hunted for deals.",
                 id="bookings_on_a_shopping_day_named_by_its_weekday_are_a_count"),
    pytest.param("The miner will pay a one-off bonus of A$1,500 to each of its 2,000 mine workers in March.",
                 id="a_bonus_paid_to_each_of_a_counted_workforce_is_pay"),
    pytest.param("Cashew exports, most of them to Vietnam and India, fell 11% to 240 billion CFA francs last year.",
                 id="exports_past_an_aside_on_where_they_went_are_trade"),
    pytest.param("PORT LOUIS -- Catches of tuna off the island's west coast fell by about a quarter in March, the "
                 "fisheries ministry said.", id="a_catch_that_opens_its_sentence_past_a_dateline_is_a_count"),
    pytest.param("The spinning mill will pay a bonus of 12,000 rupees to every worker who stays until the end of June.",
                 id="a_bonus_paid_to_every_worker_is_pay"),
    pytest.param("The carmaker said it will pay 80 billion yen in bonuses to every employee before the summer break.",
                 id="a_sum_in_bonuses_paid_to_every_employee_is_pay"),
    pytest.param("The state pays sugar growers a guaranteed minimum of 3,400 rupees a tonne for the new crop.",
                 id="the_minimum_price_a_government_pays_growers_is_their_crop_s_price"),
    pytest.param("The duty drawback the state pays garment makers was cut to 2% from April 1.",
                 id="a_drawback_rate_cut_to_a_percentage_is_a_rate"),
    pytest.param("The central bank, which meets again on Thursday, holds about $9 billion in foreign-exchange "
                 "reserves.",
                 id="the_reserves_a_central_bank_holds_past_an_aside_are_public_finance"),
    pytest.param("Cocoa and gold earn most of the country's dollars, along with remittances from Ghanaians abroad, "
                 "which rose 9% to $5.1 billion last year.", id="remittances_told_by_a_relative_clause_are_a_nation_s"),
    pytest.param("Street protests forced the government to shelve tax increases worth about 120 billion naira in June.",
                 id="tax_increases_worth_a_sum_are_public_finance"),
    pytest.param("The farm advisory service expects tillage farm incomes to fall by about a quarter this year.",
                 id="farm_incomes_moved_by_a_fraction_are_a_farm_sector_s_income"),
    pytest.param("Milk supplies in Scotland rose 2.4 per cent last year to 1.5 billion litres, the levy board said.",
                 id="supplies_of_a_good_opening_the_sentence_are_a_count"),
    pytest.param("Pubs have closed across the region, and domestic consumption has fallen by about half since 2010.",
                 id="domestic_consumption_is_a_macro_statistic"),
    pytest.param("Shipments from the province over the past three quarters were down a further 4%, the customs office "
                 "said.", id="shipments_opening_the_sentence_move_alone_past_a_long_stretch_before_the_verb"),
    pytest.param("A tin of the estate's smoked tea sells for 2,600 yen in Kyoto and about $22 in New York.",
                 id="a_second_price_of_a_thing_sold_joined_by_and_is_a_product_s_price"),
    pytest.param("The brewer raised its domestic prices by 6% in April, its first increase in two years.",
                 id="domestic_prices_raised_by_a_percentage_are_a_price_rise"),
    pytest.param("Egypt last tapped the international markets in May, raising $2 billion to refinance part of a $3 "
                 "billion bond due next year.", id="what_a_nation_raised_when_it_tapped_markets_is_public_borrowing"),
    pytest.param("Defence names led the market again. These stocks have rallied hard since the summer.",
                 id="stocks_in_the_plural_told_back_moving_with_no_figure_are_no_company_s_stock"),
    pytest.param("Shrimp and prawn shipments reached $5.6 billion in 2024, up 11% from a year earlier, the fisheries "
                 "ministry said.", id="shipments_told_by_the_goods_shipped_with_no_owner_are_a_country_s_trade"),
    pytest.param("Rice shipments reached $5.2 billion in 2024, the farm ministry said. Coffee added another $4.6 "
                 "billion.", id="another_sum_a_good_added_after_shipments_named_by_their_goods_is_a_part_of_the_trade"),
    pytest.param("Bookings of museum tickets rose 19% during the holiday week, the travel agency said.",
                 id="bookings_of_tickets_are_a_count_no_ticket_price_and_no_platform_s"),
    pytest.param("The grocer said on Friday that orders during its Ramadan promotion, which ran for three weeks in "
                 "March, rose 27% from last year.", id="orders_past_a_relative_aside_of_their_time_are_a_count"),
    pytest.param("A decree raising the ethanol blend in petrol to 27% from 25% took effect in August, and the ministry "
                 "will decide early next year whether to go to 30% in 2027.",
                 id="a_further_level_of_a_blend_raised_to_a_percentage_is_no_money_raised"),
    pytest.param("Norvance's bookings rose 12% in the quarter as cruise demand held up, the operator said.",
                 id="a_cruise_line_s_bookings_by_its_possessive_are_a_count_no_platform_s"),
    pytest.param("Halden Resorts, the hotel chain whose app launched in May, said Halden Resorts's bookings rose 5%.",
                 id="a_name_the_story_calls_no_platform_keeps_its_bookings_a_count"),
    pytest.param("Cotton yarn shipments reached $3.1 billion in the year to June, the textiles ministry said.",
                 id="goods_named_shipments_a_ministry_tells_are_a_country_s_trade"),
    pytest.param("Customs data showed shipments abroad to Spain, Italy and the Netherlands rising by a combined 7% in "
                 "the first half.", id="a_country_s_exports_to_a_list_of_places_rising_by_a_combined_share"),
    pytest.param("Cambodia exported milled rice worth $1.1 billion in 2024, and cashew nuts about $900 million, the "
                 "commerce ministry said.", id="a_gapped_clause_of_goods_after_a_country_s_exports_is_that_trade"),
    pytest.param("Seafood shipments reached $9.6 billion last year, the fisheries ministry said. Tuna added another "
                 "$1.1 billion, and squid $400 million.",
                 id="a_gapped_clause_after_another_sum_a_good_added_to_trade_is_that_trade"),
    pytest.param("Ecuador shipped 1.4 million tonnes of shrimp last year. Export sales rose 6% to $7.3 billion, "
                 "ADEX said.", id="export_sales_after_a_place_exported_told_by_a_body_s_initials_stay_trade"),
    pytest.param("Ecuador shipped 1.4 million tonnes of shrimp last year, said Ana Torres, the head of the exporters' "
                 "chamber. Export sales rose 6% to $7.3 billion, Torres said.",
                 id="export_sales_after_a_place_exported_told_by_a_person_named_before_stay_trade"),
    pytest.param("Peru shipped 520,000 tonnes of avocados last season. Export sales rose 11% to $1.3 billion, Reuters "
                 "said, citing customs data.",
                 id="export_sales_after_a_place_exported_told_by_a_news_agency_stay_trade"),
    pytest.param("The area planted with sunflowers has doubled since 2019, to about 80,000 hectares, the farm ministry "
                 "said.", id="a_move_to_a_level_in_hectares_is_an_area_s_no_money"),
    pytest.param("The reserve raised the daily entry fee for visitors from overseas to $45 in March.",
                 id="a_fee_raised_to_a_sum_told_with_whom_it_is_for_is_a_price"),
    pytest.param("Backpackers from neighbouring countries pay 30 euros.",
                 id="a_plain_sum_a_group_of_people_pays_is_a_price"),
    pytest.param("Exports climbed to 1.1 million tonnes in the year to June, up 6%. Their value rose 11% to 2.3 "
                 "billion euros.", id="their_value_after_bare_exports_open_the_sentence_before_is_trade"),
    pytest.param("Ecuador earned $1.9 billion from bananas in 2024.",
                 id="what_a_country_earned_from_a_good_is_its_export_earnings"),
    pytest.param("The government hopes to raise that to $3 billion by 2030.",
                 id="a_sum_a_public_body_aims_to_lift_that_to_is_a_target_of_a_figure_before"),
    pytest.param("The city's new ferry terminal came in 25% over budget, the auditor said.",
                 id="a_public_body_s_project_over_budget_is_public_money"),
    pytest.param("The city's new library is 11% over plan, the council said.",
                 id="a_public_body_s_project_over_plan_is_public_money"),
    pytest.param("The olive growers' association wants a marketing push in Asia and is asking Madrid for 8 million "
                 "euros to pay for it.", id="what_anyone_asks_a_capital_standing_for_its_government_for_is_public_aid"),
    pytest.param("Dairy farmers have lobbied Warsaw for 300 million zlotys in drought relief.",
                 id="what_anyone_lobbies_a_government_for_is_public_aid"),
    pytest.param("Guinea-Bissau's spending on cashew-processing plants rose 20% last year.",
                 id="a_country_of_any_un_member_has_an_economy"),
    pytest.param("The European Union and Norway agreed in December to cut next year's North Sea herring quota by 18%, "
                 "the fisheries council said.", id="a_quota_a_verb_of_change_moves_by_a_percentage_is_a_volume"),
    pytest.param("A 5-kilo net of potatoes cost 6.50 euros at the town market on Saturday, against 4.80 euros a year "
                 "ago.", id="what_a_net_of_a_good_costs_and_the_price_set_against_it_are_a_shop_price"),
    pytest.param("Cotton earned the country about 1.2 billion dollars in the season to June, down 6%, the ginners' "
                 "association said.", id="what_a_trade_earned_the_country_and_its_move_are_the_country_s_income"),
    pytest.param("Chile exported 310,000 tonnes of cherries in the season, the customs office said. That was a 15% "
                 "rise in value from a year earlier.", id="that_was_after_a_place_exported_tells_its_trade"),
    pytest.param("The ministry, which wants 5 million new trees planted by 2028, paid growers 420 million shillings "
                 "in planting grants last year.", id="a_public_body_past_an_aside_pays_a_plural_payee_public_money"),
    pytest.param("The autumn auction of Chinese ceramics in Hong Kong fetched HK$860 million, Bonhams said on Monday.",
                 id="an_auction_s_takings_past_a_place_between_it_and_its_verb_make_no_row"),
    pytest.param("The creamery said on Tuesday it would pay sheep farmers 1.45 euros a litre, up from 1.20 euros a "
                 "year ago.", id="what_a_buyer_pays_farmers_by_the_litre_and_its_base_are_their_pay"),
    pytest.param("Coffee growers around Huila say they now earn 9,800 pesos a kilogram for parchment, down from 12,400 "
                 "pesos last May.", id="what_farmers_say_they_earn_by_the_kilo_and_its_base_are_their_pay"),
    pytest.param("The packing house will pay growers an advance of 14 rand per box for the first picking.",
                 id="an_advance_a_buyer_pays_growers_by_the_box_is_their_pay"),
    pytest.param("Sales of frozen berries in Poland rose 14% in the year to June, according to NielsenIQ.",
                 id="sales_of_a_kind_of_goods_in_a_country_are_the_market_s"),
    pytest.param('A kiosk chain in Riyadh sells a "Desert Sunrise" smoothie for 19 riyals.',
                 id="one_thing_named_in_quotes_sold_for_a_plain_sum_is_its_price"),
    pytest.param("The mill blamed a diesel tariff increase of 6.5% that took effect on March 1 for its higher costs.",
                 id="a_regulated_tariff_increase_named_as_a_thing_and_dated_is_a_price_rise"),
    pytest.param("A flat processing fee of 2 euros per parcel is due to take effect on Oct. 1, the customs agency "
                 "said.", id="a_flat_fee_per_item_that_takes_effect_on_a_day_is_a_price"),
    # not_money.tsv: fares and tolls told with what they are for, by the trip or paid by a vehicle, are prices
    pytest.param("The fare for a return ticket to the islands will rise to 40 pounds from 32 pounds in May.",
                 id="a_fare_for_a_thing_moving_to_a_sum_and_its_base_are_a_price"),
    pytest.param("Walk-on passengers will pay 9 euros a crossing from March, up from 7 euros.",
                 id="a_plain_sum_by_the_crossing_or_trip_and_its_base_are_a_price"),
    pytest.param('"That is 40 euros more every crossing," a lorry driver said of the new tariff.',
                 id="a_plain_sum_more_by_the_crossing_told_as_what_that_is_is_a_price"),
    pytest.param("A coach will pay 160 euros to use the tunnel under the new tariff.",
                 id="a_plain_sum_a_vehicle_pays_is_a_toll"),
    pytest.param("Lakeland Ferries raises winter island fares by 15% as fuel costs climb",
                 id="fares_raised_by_a_percentage_with_words_naming_them_before_are_a_price_rise"),
    # not_money.tsv: public money by a development lender's loan, a scheme, a body's verb with its month between
    pytest.param("The water board will build the plant with a 9 million euro loan from the Council of Europe "
                 "Development Bank.", id="a_loan_from_a_development_bank_is_public_money"),
    pytest.param("The European Commission approved in March a 4.2 million euro programme to restore olive groves.",
                 id="a_sum_a_public_body_approved_with_its_month_between_is_public_money"),
    pytest.param("The Greek government added a relief payment of 12 million euros after the floods.",
                 id="a_payment_a_government_added_is_public_money"),
    pytest.param("Sheep farmers receive about 40 million euros a year from the EU's mountain-area scheme.",
                 id="what_a_sector_receives_from_an_eu_scheme_is_public_money"),
    pytest.param("The lockout cost the sector an estimated 14 million pounds in lost sales.",
                 id="what_a_thing_costs_a_sector_is_the_sector_s_loss"),
    pytest.param("The port levy, which shipowners say will cost them about $25 million a year, starts in July.",
                 id="what_a_levy_costs_those_who_pay_it_is_what_it_raises"),
    pytest.param("Washington cut duties on Kenyan flowers to 30 cents a stem in 2019.",
                 id="a_duty_on_a_good_cut_to_a_sum_is_its_level_by_the_unit"),
    # not_money.tsv: trade totals and quantities of goods
    pytest.param("The market handled 40,000 tonnes of tuna in 2025, worth about $300 million.",
                 id="the_worth_of_a_quantity_of_goods_handled_is_a_trade_total"),
    pytest.param("Scientists advised a mackerel quota of 310,000 tonnes for next year, down 11% from this year.",
                 id="a_change_after_a_quota_in_tonnes_is_that_quantity_s"),
    pytest.param("The value of gold traded through Dubai rose 12% to $129 billion last year.",
                 id="the_value_of_goods_traded_through_a_hub_is_trade"),
    pytest.param("Samoa, which ships most of its nonu juice to China, said on Friday that its export earnings fell 8 "
                 "per cent.", id="a_place_s_export_earnings_told_by_its_are_trade"),
    pytest.param("The agriculture ministry expects exports to reach $880 million this season.",
                 id="exports_a_ministry_expects_are_trade"),
    pytest.param("The water authority has a budget of 3.1 billion shillings for new mains this year.",
                 id="a_budget_a_public_agency_named_in_lower_case_has_is_public_money"),
    pytest.param("Prices of food rose 0.6% in April from March, the statistics office said.",
                 id="prices_of_what_households_buy_stay_a_statistic"),
    pytest.param("Abattoirs in Lapland were paying herders 9.40 euros a kilo for carcasses in October, up from 8.10 "
                 "euros a year earlier.",
                 id="what_a_buyer_pays_herders_by_the_kilo_for_a_good_and_its_base_are_their_pay"),
    pytest.param("The lamb slaughter, which usually peaks in April, is down by about a quarter this year.",
                 id="a_slaughter_that_opens_its_sentence_and_is_down_is_a_count"),
    pytest.param("The provincial government has raised its support for dairy co-operatives to 85 million rand a year.",
                 id="what_a_public_body_raises_its_support_to_is_public_money"),
    pytest.param("The island's government must repay a $300 million sukuk in June, and reserves cover barely two "
                 "months of imports.", id="what_a_public_body_repays_of_its_own_debt_is_public_debt"),
    pytest.param("From September every coach tour entering the old town will pay a fee of 6 euros a head.",
                 id="a_plain_sum_with_its_currency_word_told_a_head_is_a_price_per_head"),
    pytest.param("Miners warned that a drop in copper prices below $8,000 a tonne would force the pit to close.",
                 id="a_move_of_a_price_below_a_level_that_would_do_something_is_a_threshold"),
    pytest.param("The Asian Development Bank has said the bridge project could cost about $2 billion.",
                 id="what_a_lender_to_governments_says_a_project_could_cost_is_public_money"),
    pytest.param("The ski resort operator said December bookings were 15% ahead of last winter.",
                 id="a_percentage_bookings_stand_ahead_by_is_a_count"),
    pytest.param("Anna Koski, who runs a six-room inn near the harbour, said her bookings for July were already down "
                 "by a third.", id="bookings_already_down_past_an_aside_are_a_count"),
    # not_money.tsv: rules of stop 68 (h-saf68)
    pytest.param("Rice output held up this year, and Ugandan coffee export earnings climbed 9% to $1.1 billion, the "
                 "authority said.", id="a_goods_export_earnings_opening_a_clause_after_and_are_trade"),
    pytest.param("Officials said the nation's export earnings from cocoa had fallen to about $2.2 billion in the "
                 "season.", id="a_countrys_export_earnings_from_a_good_are_trade"),
    pytest.param("The boarding fee each ferry passenger pays at Split will rise to 6 euros from 4 euros in June.",
                 id="a_fee_each_passenger_pays_is_a_price_per_head"),
    pytest.param("A shopkeeper in the old town typically spends about 900 euros on stock before the season.",
                 id="what_one_shopkeeper_spends_is_a_persons_money"),
    pytest.param("Prices paid to farmers for cassava fell to 80 naira a kilo from 110 naira, the survey showed.",
                 id="prices_paid_to_farmers_are_what_buyers_pay_producers"),
    pytest.param("Pickers are paid 1.40 euros a kilo for Arbequina and about 2 euros for the older trees.",
                 id="the_second_price_paid_for_another_variety_is_a_producers_price"),
    pytest.param("A $40 million loan from the Islamic Development Bank to the government of Niger will fund wells.",
                 id="a_loan_from_a_lender_to_a_government_is_public_finance"),
    pytest.param("Online retail is booming, and the government wants the sector's sales to reach $12 billion by 2030.",
                 id="a_public_bodys_target_for_a_sectors_sales_is_no_companys"),
    pytest.param("The market for electric scooters in Jakarta is growing by about a third a year, dealers say.",
                 id="a_markets_pace_of_growth_is_no_companys_figure"),
    pytest.param("The ministry approved 500 million rupees in flood relief for families in the delta.",
                 id="relief_for_families_is_public_money"),
    pytest.param("Tourism earned Samoa about 900 million tala in 2025, or roughly $330 million, the statistics office "
                 "said.", id="a_sum_restated_after_its_year_shares_its_sums_veto"),
    pytest.param("Growers sell their beans to traders, who pay about 1.10 euros a kilo, up from 0.90 euros before the "
                 "pandemic.", id="what_buyers_who_pay_by_the_kilo_pay_is_a_farm_price"),
    pytest.param("Growers, who sell to the mills, were paid 900 rand a tonne last season.",
                 id="what_growers_past_an_aside_were_paid_by_the_tonne_is_a_farm_price"),
    pytest.param("The island state expects to earn about 90 million dollars from selling fishing licences next year.",
                 id="what_a_state_earns_is_public_income"),
    pytest.param("The 2027 budget, approved in June, will spend 55 million dollars on new classrooms.",
                 id="what_a_budget_spends_past_an_aside_is_public_money"),
    pytest.param("The growers' union will ask the regional government next month for 4 million euros to help farmers "
                 "replant vineyards.", id="aid_asked_of_a_government_is_public_money_sought"),
    pytest.param("The chain is expanding in Vietnam even as Korean rivals pour billions of dollars into the region.",
                 id="what_a_group_of_rivals_pours_in_is_no_ones"),
    pytest.param("Registrations of .nz names rose 6% in the year.", id="registrations_are_a_count"),
    pytest.param("The central bank's foreign exchange reserves, which fell to $4 billion in 2022, have since climbed "
                 "to about $9 billion.", id="reserves_past_a_clause_on_their_earlier_level_are_public_finance"),
    pytest.param("The trade group estimates that online grocery shopping in the country reached 40 billion rand last "
                 "year.", id="a_kind_of_spending_in_a_country_estimated_is_a_market_size"),
    pytest.param("Port fees brought in about $9 million in 2025, roughly 6% of government revenue, the treasury said.",
                 id="a_sum_told_as_a_share_of_government_revenue_is_public_income"),
    # a country known by the short form of its name exports as the country does
    pytest.param("Bosnia exported raspberries worth about 90 million euros last year.", id="bosnia_short_name_exports"),
    pytest.param("Trinidad exported ammonia worth about $1.1 billion last year.", id="trinidad_short_name_exports"),
    pytest.param("The government told investors on Thursday it would redeem a $600 million sukuk when it falls due "
                 "in April.", id="a_body_that_tells_of_what_it_will_redeem_names_its_own_debt"),
    pytest.param("Vietnam Exports Surge 12% to Record $40 Billion", id="a_title_cased_headline_s_exports_are_trade"),
    pytest.param("A hand-stitched leather saddle from the Cordoba workshops now sells for between $2,400 and $3,100, "
                 "up from about $1,800 in 2022.",
                 id="a_product_s_price_range_after_sells_for_is_its_price_with_its_base"),
    pytest.param("Several delis in Milan price a wheel of the mountain cheese at 95 euros.",
                 id="a_single_thing_priced_by_price_and_its_object_is_a_product_s_price"),
    pytest.param("The Philippines' coconut exports were worth about $2.4 billion last year, the trade agency said.",
                 id="a_place_s_exports_after_a_bare_apostrophe_are_trade"),
    pytest.param("The tourist office reckons the lobster season is worth about C$60 million a year to the island "
                 "economy.", id="what_a_trade_is_worth_to_a_place_s_economy_is_a_macro_statistic"),
    pytest.param("Fishing guides say angling is worth roughly 40 million euros to Ireland each summer.",
                 id="what_a_pastime_is_worth_to_a_named_place_is_a_macro_statistic"),
    pytest.param("The district council will vote on Feb. 12 on whether to fund a night bus service, at a cost of "
                 "£340,000 over three years.", id="a_public_body_s_cost_past_a_month_s_abbreviation_is_public_money"),
    pytest.param("Madagascar grows most of the world's vanilla, and sales abroad brought in $580 million last year.",
                 id="sales_abroad_after_a_place_opening_the_sentence_are_its_exports"),
    pytest.param("The supply contract is worth about $1.1 billion a year to Norway, the ministry said.",
                 id="what_a_deal_is_worth_a_year_to_a_place_is_what_a_trade_brings_it"),
    # not_money.tsv: rules of stop 70 (h-sof70)
    pytest.param("The statistics office said earnings from cashew exports fell 22% in the season.",
                 id="a_goods_export_earnings_after_said_are_trade"),
    pytest.param("Late rains in the south wiped about $75 million off export earnings, the tea board said.",
                 id="a_sum_taken_off_export_earnings_is_trade"),
    pytest.param("Sesame is Ethiopia's second-largest export, worth roughly $400 million a year, after coffee.",
                 id="the_worth_of_a_good_told_as_a_places_export_is_trade"),
    pytest.param("Apricots were the region's main export crop, bringing in about $30 million last year.",
                 id="what_a_places_export_crop_brings_in_is_trade"),
    pytest.param("Pickers on the estates, who work by the hour in winter, say they are being paid 90 rupees a kilo.",
                 id="what_sellers_say_they_are_paid_by_the_kilo_is_a_price_paid_to_them"),
    pytest.param("Shrimp farmers say they were paid 180 pesos a kilo, down from 240 pesos before the storm.",
                 id="the_earlier_price_sellers_say_they_were_paid_is_its_base"),
    pytest.param("The co-operative shipped 800,000 pounds of black pepper in the season.",
                 id="pounds_of_a_spice_are_its_weight"),
    pytest.param("The finance ministry said on March 3 that it would spend $40 million on rural clinics.",
                 id="a_body_that_said_on_a_day_of_a_month_it_would_spend_lays_out_public_money"),
    pytest.param("The tea board told growers in Kericho on Friday that the price paid to farmers would climb to 31 "
                 "shillings a kilo.", id="prices_paid_to_farmers_in_a_clause_after_that_are_what_buyers_pay"),
    pytest.param("Dairy farmers are seeking 45 cents a litre from the processors, against 38 cents last year.",
                 id="what_farmers_seek_by_the_litre_and_its_base_is_a_price_paid_to_producers"),
    pytest.param("Under the drought plan, maize growers would receive a subsidy of up to $45 an acre this spring.",
                 id="aid_told_by_the_acre_is_a_rate_per_area"),
    pytest.param("The Icelandic government said on Friday it would give small hatcheries 90 million kronur in support "
                 "this winter.", id="a_body_that_said_it_would_give_a_sector_named_by_two_words_lays_out_public_money"),
    pytest.param("Its debt talks dragged on for two years, and the country took a $1.3 billion loan from "
                 "the International Monetary Fund in January.", id="a_loan_from_the_imf_is_a_state_s"),
    pytest.param("Smallholders sell most of their beans to traders. Farmers receive about 40 euros a hectare in "
                 "subsidies for land left fallow.", id="what_farmers_receive_in_subsidies_by_the_unit_is_public_money"),
    pytest.param("Estate managers said output in October fell by about a quarter after the rains came late.",
                 id="output_told_after_its_sayer_opening_the_sentence_is_a_count"),
    pytest.param("The ministry said demand for cold storage in the country would reach $400 million by 2028.",
                 id="demand_in_a_country_reaching_a_sum_is_a_market_size"),
    # a place of two words before exports opening the sentence is no company's name, as one word is not
    pytest.param("Sri Lanka's tea exports were worth about $1.3 billion last season, the tea board said.",
                 id="a_two_word_place_s_exports_worth_a_sum_are_trade"),
    pytest.param("Polish furniture sales reached about 48 billion zlotys last year.",
                 id="a_people_s_sales_of_a_kind_of_goods_at_a_level_are_a_market_s_size"),
    pytest.param("Kenyan tea sales reached about $1.4 billion last season.", id="kenyan_names_kenya_s_people"),
    pytest.param("The Treasury ran a budget surplus of $1.4 billion in the half, against a deficit of $2.2 billion a "
                 "year earlier.", id="a_deficit_set_against_a_budget_surplus_stays_public_finance"),
]


@pytest.mark.parametrize("text", NO_ROW_SENTENCES)
def test_a_sentence_with_no_figure_of_the_table_gives_no_row(text):
    assert find_money(text) == []


def test_it_a_public_body_aims_to_grow_is_a_market_only_after_a_clause_naming_the_market():
    assert find_money("Ghana's fintech sector handled $3 billion of payments last year, and the central bank wants it "
                      "to reach $10 billion by 2028.") == [m for m in find_money(
                          "Ghana's fintech sector handled $3 billion of payments last year.")]
    assert "$400 billion" in kind_by_text("Vanguard Mining is worth about $250 billion, and the government wants it to "
                                          "top $400 billion.")


def test_a_loan_to_a_company_a_place_opens_or_owns_is_no_loan_to_a_country():
    assert [m.amount for m in find_money("Standard Chartered led a $450 million loan from eight banks to Ghana Gas, "
                                         "the company said.")] == [450e6]
    assert [m.amount for m in find_money("Lenders extended a $90 million credit line from Afreximbank to Zambia's "
                                         "largest miller.")] == [90e6]
    assert find_money("Lenders extended a $90 million credit line from Afreximbank to Zambia last week.") == []


def test_one_person_told_as_an_example_after_a_needs_a_place_or_a_habit_and_a_trading_house_keeps_its_profit():
    assert find_money("A vendor at the harbour fish market usually earns about 400 cedis a week.") == []
    assert find_money("A farmer typically spends 90,000 shillings on seed each season.") == []
    assert kinds_of("A Singapore-based trader earned $1.2 billion in net profit last year, its filing showed.") == [
        ("$1.2 billion", "profit")]


def test_a_volume_opening_a_clause_after_but_is_a_count_and_the_revenue_before_stays():
    assert kinds_of("Group revenue rose 3% in the period, but shipment volumes at its paper unit fell 8%.") == [
        ("3%", "revenue")]
    # a company's figure after ", and" stays its own
    assert kinds_of("The market for cloud services is big, and Alibaba's revenue there grew 20% last year.") == [
        ("20%", "revenue")]


def test_a_sum_restated_in_another_currency_after_its_year_is_one_mention():
    found = find_money("The licensing deal earned its owner 18.2 billion yuan in 2021, or about $2.8 billion.")
    assert [(m.text, m.currency, m.amount_usd) for m in found] == [
        ("18.2 billion yuan in 2021, or about $2.8 billion", "CNY", 2.8e9)]


def test_a_percentage_naming_a_grade_is_no_figure_and_the_price_after_it_stays_the_good_s():
    # the example of the grade veto that lived in not_money.tsv before lexicon's grade_after served both
    text = "Thai 25% broken white rice was quoted at $410 a tonne, traders said."
    assert [text[m.start:m.end] for m in find_money(text)] == ["$410"]


# the rows that make none above, each kept off a company's figure of like words: a card network's own volume, a move
# told for the full year, a digital currency's price, a pipeline's throughput fees, a grade word read as a verb's
# participle, a loan a count of banks made, charges raised "to" a sum (a write-down; a fee so raised is a price), a
# round of funding "priced ... at" a sum (what a company is worth, no shop's price) and a sum "worth ... to" a company
# whose name a place opens (a place's own is what a trade brings it)
@pytest.mark.parametrize("text, figures", [
    ("Paynet said cross-border card spending rose 17% in the quarter, while its revenue climbed 12%.", ["17%", "12%"]),
    ("Sales at the sandwich chain rose 8% full year to $1.2 billion, the company said.", ["8%", "$1.2 billion"]),
    ("The digital currency traded at $64,000 on Friday, up 3% on the day.", ["$64,000", "3%"]),
    ("Throughput fees at the pipeline operator rose 5% to $120 million in the quarter.", ["5%", "$120 million"]),
    ("Revenue at the toolmaker rose 9% broken out by segment, to 3.2 billion yen.", ["9%", "3.2 billion yen"]),
    ("Two banks extended about $1.2 billion to the airline in March, the filing showed.", ["$1.2 billion"]),
    ("The carrier's foreign currency reserves rose to $3 billion, the filing showed.", ["$3 billion"]),
    ("Halden Foods targets export growth of 6% in 2026.", ["6%"]),
    ("Halden Foods said its shipments reached $1.2 billion last year.", ["$1.2 billion"]),
    ("Kestrel shipments climbed to $6.4 billion in the quarter, the chipmaker said.", ["$6.4 billion"]),
    ("The shipyard raised the charges on its two delayed frigates to 900 million euros.", ["900 million euros"]),
    ("The delivery start-up priced a new round at $400 million, two people familiar said.", ["$400 million"]),
    ("The supply contract is worth about $1.1 billion to China Mobile over five years.", ["$1.1 billion"]),
], ids=["card_network_s_own_volume", "full_year_move", "digital_currency_price", "throughput_fees",
        "broken_down_is_no_grade", "a_count_of_banks_lends_one_loan", "a_company_s_own_foreign_reserves",
        "a_company_s_own_export_growth_target", "a_company_s_own_shipments",
        "a_company_s_shipments_named_by_its_name_with_no_trade_teller", "charges_raised_to_a_sum_are_a_write_down",
        "a_funding_round_priced_at_a_sum_is_no_product_s_price",
        "what_a_deal_is_worth_to_a_company_named_after_a_place_stays_its_figure"])
def test_a_macro_or_ratio_row_leaves_a_company_s_figure_of_like_words(text, figures):
    assert [m.text for m in find_money(text)] == figures


@pytest.mark.parametrize("text, kinds", [
    # "Prices of" a good is its market's price, as "Wool prices" are, no level of prices
    ("Prices of greasy wool at the Fremantle auctions rose 3% last week to 1,150 cents a kg.",
     [("3%", "other"), ("1,150 cents", "other")]),
    # a name after "in" or "at" that places a noun before it moves no stock: the province says where the ports are
    ("Prices of Australian iron ore landed at the main ports in Shandong Province climbed 3% over the week to March 4 "
     "to 790 yuan a tonne, traders said.", [("3%", "other"), ("790 yuan", "other")]),
    # a unit of a good that opens its sentence trades at the good's price, no share's
    ("A 25-kilogram sack of white maize changed hands at about 41,000 shillings in Arusha on Monday, against 36,500 "
     "shillings a month earlier.", [("41,000 shillings", "other"), ("36,500 shillings", "other")]),
    # ... so does one sized with a hyphen and told with no "of", past a short opener set off by a comma
    ("In Kampala, a 60-kilogram bag traded at about 190,000 shillings on Tuesday, brokers said.",
     [("190,000 shillings", "other")]),
    # a work told by its noun and its title in quotes took what it has taken: its takings
    ("Its racing game \"Neon Circuit\" has taken more than 900 million yuan since its launch in 2022, the studio said.",
     [("900 million yuan", "revenue")]),
    # a move to a price per unit is the good's market price, whatever price word names the good before it
    ("The benchmark price of fertiliser-grade urea in India slipped 3% to $410 a tonne last week, from $432 in early "
     "May, traders said.", [("3%", "other"), ("$410", "other"), ("$432", "other")]),
    # ... the time of the move told between the move and the price it went to
    ("Vietnamese pepper prices in Dak Lak climbed 6% last week to 152,000 dong a kilogram, exporters said.",
     [("6%", "other"), ("152,000 dong", "other")]),
    # ... though not past the move's own word: a grade before it moved nothing
    ("Prices for canola with 42% oil content slipped to A$790 a tonne in Kwinana this week, brokers said.",
     [("A$790", "other")]),
    # ... while "Shares in Tencent" keep the company's stock
    ("Shares in Tencent rose 4% to HK$600 on Monday.", [("4%", "share_move"), ("HK$600", "share_price")]),
    # a stock that multiplies on its debut moved, though a valuation was told before it
    ("Rival Biren is valued at about 90 billion yuan, while Enflame more than tripled on its Shenzhen debut on Monday.",
     [("90 billion yuan", "valuation"), ("tripled", "share_move")]),
    # a currency told by its country's possessive is the currency, as "the Polish zloty" is, no company's stock
    ("Hungary's forint weakened 0.7% against the euro on Tuesday, its third straight daily loss.",
     [("0.7%", "other")]),
    ("Poland's zloty ended at 4.27 per euro on Friday, capping a weekly gain of 0.6%.", [("0.6%", "other")]),
    # the value of a flow (bookings, trade, orders) is what was spent or traded, no company's worth
    ("The value of cross-border trade through the port climbed 18% in the first half, customs data showed.",
     [("18%", "other")]),
    # the value of transfers on a wallet is what it transacts
    ("The value of transfers on the mobile wallet rose to 12.4 trillion rupiah in the quarter.",
     [("12.4 trillion rupiah", "transaction_volume")]),
    # a stock moves again after "and", past an aside on what its company does
    ("Shares of Hexa Mining, which digs copper in Zambia, fell 3.1% to A$2.40 in Sydney on Monday and have lost 22% "
     "this year.", [("3.1%", "share_move"), ("A$2.40", "share_price"), ("22%", "share_move")]),
    # "exports" after "which" is what the company does, no country's trade
    ("Shares of Pilbara Ore, which exports iron ore to China, fell 4.2% to A$3.10 in Sydney on Tuesday.",
     [("4.2%", "share_move"), ("A$3.10", "share_price")]),
    # a listed trust's units are its shares, and "the units" that move after them too; a FTSE ST index is the market
    ("Units of the property trust slipped 1.2% to S$1.64 on Friday, lagging a 0.5% rise in the FTSE ST Real Estate "
     "Holding and Development index. The units have lost about 6% since March.",
     [("1.2%", "share_move"), ("S$1.64", "share_price"), ("0.5%", "other"), ("6%", "share_move")]),
    # ... but "the units" after flats or goods are no trust's shares
    ("The developer handed over 300 flats in the tower in March. The units had sold for an average of $410,000, up 6% "
     "from a year earlier.", [("$410,000", "other"), ("6%", "other")]),
    # "exports" after "in which" is a country's trade still: no row
    ("It was the third quarter in a row in which exports fell more than 8%, the customs office said.", []),
    ("In a month in which imports reached $31 billion, the trade deficit widened.", []),
    # "Prices" alone right after a good's price by its unit are that good's, no level of prices; after a share's price
    # they stay a level of prices
    ("Spot palm oil was quoted at 4,210 ringgit a tonne in Kuala Lumpur on Thursday. Prices have gained about 9% "
     "since the start of the year.", [("4,210 ringgit", "other"), ("9%", "other")]),
    ("Shares of Kestrel closed at $38 a share on Monday. Prices rose 0.4% in December from the month before.",
     [("$38", "share_price")]),
    # ... and so are they when a statistics body tells them, or when they compare a named month with the one before
    ("Iron ore fetched $104 a tonne in Singapore on Wednesday. Prices climbed 1.2% over the year, the statistics "
     "bureau said on Thursday.", [("$104", "other")]),
    ("Cocoa futures settled at $7,940 a tonne in New York on Monday. Prices fell 0.2% in April from March.",
     [("$7,940", "other")]),
    ("Cocoa futures settled at $7,940 a tonne in New York on Monday. Prices fell 4% in April on a bigger Ivorian "
     "crop.", [("$7,940", "other"), ("4%", "other")]),
    # a price by the pound is by its unit as one by the tonne is, though "pound" names a currency too
    ("Arabica futures settled at $3.27 a pound on ICE on Wednesday. Prices have dropped about 14% since January as "
     "Brazil's harvest picked up.", [("$3.27", "other"), ("14%", "other")]),
    # a unit's losses cut by a fraction are its profit's move, though a sale's price was told before it
    ("The retailer sold its bakery chain for $120 million in June and has cut its online grocery unit's losses by a "
     "third since 2024.", [("$120 million", "investment"), ("a third", "profit")]),
    # a good's price a forecaster sees is its price to come, no label (one after "of" or a verb of assuming is)
    ("Analysts at UBS see $3,800 gold by the end of next year.", [("$3,800", "other")]),
    ("The finance ministry's budget assumes $68 Brent for 2026.", []),
    # the rate moved after a duty stays a policy rate where a central bank is named
    ("The central bank kept its rate as a 20% import duty took effect. It raised the rate to 6.5% in March.",
     [("6.5%", "other")]),
    # another sum after a dropped total stays money when a row stands between, or a verb of money makes it someone's
    ("Japan's exports to China fell 3% to $126 billion last year, while Sony shares rose 2%. Chipmaking tools brought "
     "in another $21.8 billion.", [("2%", "share_move"), ("$21.8 billion", "other")]),
    ("Japan's exports to China fell 3% to $126 billion last year. Sony said it would spend another $2 billion on chip "
     "plants.", [("$2 billion", "investment")]),
    # a named airport or hospital whose cost follows an aside is money invested
    ("The new Lindqvist Regional Airport, about 40 km south of the capital, is expected to cost about 9 billion "
     "crowns.", [("9 billion crowns", "investment")]),
    ("The new children's hospital, designed by a Danish firm, will cost about 600 million euros.",
     [("600 million euros", "investment")]),
    # bookings moved to a sum, net bookings and gross bookings stay money
    ("The rail-freight group said order bookings rose 8% to 1.9 billion euros in the half.",
     [("8%", "revenue"), ("1.9 billion euros", "revenue")]),
    ("The games publisher said net bookings fell 4% in the quarter.", [("4%", "revenue")]),
    ("The ride-hailing app's gross bookings climbed 15% in the quarter.", [("15%", "transaction_volume")]),
    # a place opening the sentence before a comma is where a market moved, no stock; a name after the setting's own
    # comma is the company that moved
    ("In Rotterdam, the front-month coal contract settled at $104 a tonne on Friday, down 5% this week.",
     [("$104", "other"), ("5%", "other")]),
    ("In Hong Kong, Tencent fell 3% on Friday.", [("3%", "share_move")]),
    ("In Shanghai, Corvane Data, which runs server halls for cloud firms, rose 10% to 38.72 yuan.",
     [("10%", "share_move"), ("38.72 yuan", "share_price")]),
    # the high end of an offer price range per share is the listing's, and its value a valuation
    ("The chip designer priced its Shanghai listing at 42-48.60 yuan a share, valuing it at up to 20 billion yuan.",
     [("42", "ipo"), ("48.60 yuan", "ipo"), ("20 billion yuan", "valuation")]),
    ("The chip designer priced its Shanghai listing at 42 to 48.60 yuan a share, valuing it at up to 20 billion yuan.",
     [("42", "ipo"), ("48.60 yuan", "ipo"), ("20 billion yuan", "valuation")]),
    # a trigger after a list number is capitalised for the item alone and names no company
    ("Our outlook for the year.\n\n3. Advertising growth stays above 12%\n"
     "The ad business has kept winning budgets from television.\n", [("12%", "revenue")]),
    # a fund that closes an aside before "was valued at" backs the company valued, whose valuation it stays
    ("Tabby, backed by a Saudi state fund, was valued at about $3.3 billion in its latest round.",
     [("$3.3 billion", "valuation")]),
    # an auction's price index, the auction named before it, is its market's move
    ("At Wednesday's Global Dairy Trade auction the price index rose 2.2 per cent.", [("2.2 per cent", "other")]),
    # prices at a market goods are sold in are that market's, its name or its town's before it no stock that moved
    ("Prices at Seoul's Garak wholesale market jumped 12% last week, traders said.", [("12%", "other")]),
    ("Prices at the Kalimati market fell 9% in March as the first spring crops arrived.", [("9%", "other")]),
    # what an owner put a whole business at is its worth; a thing put at risk is no business's worth
    ("Tencent put the combined business at about $12 billion when it sold a stake to outside investors in 2021.",
     [("$12 billion", "valuation")]),
    ("The lawsuit put the company at risk of a $2 billion loss, analysts said.", [("$2 billion", "profit")]),
    # the pa'anga written bare is Tonga's, a company's revenue in it as in any currency
    ("Its revenue for the year to June rose 9% to 4.1 million pa'anga, the Nuku'alofa exporter said.",
     [("9%", "revenue"), ("4.1 million pa'anga", "revenue")]),
    # a farm-gate price closing an aside right before a good's move names no price of the sum
    ("Skim milk powder, the product behind much of Australia's farm-gate price, firmed 1.1 per cent to $2,780 a "
     "tonne.", [("1.1 per cent", "other"), ("$2,780", "other")]),
    # a market indicator is an index, no company's stock
    ("The Western Market Indicator in Fremantle fell 1.8% on Wednesday to 1,290 Australian cents a kilo.",
     [("1.8%", "other"), ("1,290 Australian cents", "other")]),
    # a salt flat is a landform, no flat for sale: the good's price by the tonne stays its market's
    ("Lithium brine, pumped from under the Atacama salt flat, fetched $9,800 a tonne last month.",
     [("$9,800", "other")]),
    # a deficit a company, a club or a theatre reported is its loss ...
    ("The Lyceum Theatre reported a deficit of £620,000 for the year to March 2025.", [("£620,000", "profit")]),
    # ... while a public body's, or a state's, stays public finance
    ("The county reported a deficit of $4 million for the fiscal year.", []),
    ("The Vatican reported a deficit of 70 million euros for 2024.", []),
    # what someone puts a project or a phase of it at is its estimated cost
    ("Engineers familiar with the design put the second phase at about $2.4 billion.",
     [("$2.4 billion", "investment")]),
    # an economy's growth told ahead in a second predicate is no money either
    ("Ghana's economy grew 5.7% last year, the IMF said on Monday, and is expected to grow 4.8% in 2026.", []),
    # a multiple an article or an owner's word makes an adjective tells no move
    ("The city will keep the doubled parking charge for visitors until April.", []),
    # a change set off after a good's price per unit, its move word after it, is that good's too, whatever verb of
    # trading told the price
    ("The benchmark grade finished the week at 1,045 US cents a kilo, about 18% higher than a year earlier.",
     [("1,045 US cents", "other"), ("18%", "other")]),
    # ... while a share's price stays the stock's
    ("Kestrel Downs shares closed at $41.20, 3% higher than on Monday.",
     [("$41.20", "share_price"), ("3%", "share_move")]),
    # bare orders right after a sentence that tells a company's bond sale are the book it drew, no platform's orders
    ("Halvorsen Grid priced $2 billion of 10-year bonds on Wednesday. Orders topped $6.5 billion, a banker said.",
     [("$2 billion", "investment"), ("$6.5 billion", "other")]),
    ("Orders on the app topped $6.5 billion during the festival.", [("$6.5 billion", "transaction_volume")]),
    # prices in a clause opened by ", where" after an auction are that auction's market
    ("Growers sent more bales to the wool auction in Geelong on Thursday, where prices fell about 3%.",
     [("3%", "other")]),
    # Bhutan's ngultrum written "Nu" with no full stop, in a story that names Bhutan
    ("Bhutan's state power utility said its net profit rose 9% to Nu 3.2 billion in 2024.",
     [("9%", "profit"), ("Nu 3.2 billion", "profit")]),
    # stocks in the plural told back make no row (NO_ROW_SENTENCES), but "the stock" told back is one company's move
    ("Halvard led the market again. The stock has rallied hard since the summer.",
     [("stock has rallied", "share_move")]),
    # a second change of an auction's price per kilo joined by "and" is kept as the first (a good's price "of" told by
    # "was" makes no row, and its changes none; a market's quote keeps both)
    ("Cashmere fetched 9,800 yuan a kilo, down 5% from the previous sale and 12% below a year earlier.",
     [("9,800 yuan", "other"), ("5%", "other"), ("12%", "other")]),
    # what a company earned from exports stays its own (a country's is trade): its takings, revenue, and so is the move
    # told right after them; a revenue forecast cut is a move (an output forecast's is a volume)
    ("Haier earned $2.3 billion from exports last year.", [("$2.3 billion", "revenue")]),
    ("The state utility earned about $640 million from power sales to Brazil in 2024, up 9% from 2023.",
     [("$640 million", "revenue"), ("9%", "revenue")]),
    # ... while what it earned from anything but its payers keeps the verb's profit
    ("Kestrel Foods earned $41 million last year from its stake in a dairy co-operative.", [("$41 million", "profit")]),
    # what a crop or a harvest earns is the growers' or the trade's takings, no company's profit
    ("At current prices the pepper crop could still earn about 90 million ringgit this year, the board said.",
     [("90 million ringgit", "other")]),
    ("Last year's cardamom harvest earned growers about 4.2 billion rupees, up 9% from 2023.",
     [("4.2 billion rupees", "other"), ("9%", "other")]),
    # ... and so is what a good opening its sentence earned, a common noun the story writes in lower case elsewhere,
    # while a company's name, which it never writes so, keeps the verb's profit
    ("Buyers are paying more for shea nuts this year. Shea nuts could earn about 90 billion CFA francs this season, "
     "the board said.", [("90 billion CFA francs", "other")]),
    ("Buyers paid more for pepper this year. Pepper earned about 1.2 billion ringgit in 2025, up 9%, the council "
     "said.", [("1.2 billion ringgit", "other"), ("9%", "other")]),
    ("Harlow Pepper earned about 1.2 billion ringgit last year, as pepper prices rose.",
     [("1.2 billion ringgit", "profit")]),
    # ... and so is its change told after a period the dates engine reads, whatever its words
    ("Exporters shipped more cloves this year. Cloves earned about 38 billion shillings last year, up 14%, the crop "
     "board said.", [("38 billion shillings", "other"), ("14%", "other")]),
    ("Traders held back their vanilla until prices firmed. Vanilla earned $520 million last season, down 8%.",
     [("$520 million", "other"), ("8%", "other")]),
    # (a common noun the story also writes as a name, capitalised after a word in lower case, is a company's)
    ("Shell earned $7.7 billion in the second quarter. Investors in Shell cheered, though a shell company in Cyprus "
     "held part of the stake.", [("$7.7 billion", "profit")]),
    ("It earned about 1.2 billion ringgit last year, it said.", [("1.2 billion ringgit", "profit")]),
    ("Analysts at BMO cut their 2026 revenue forecast by 6% after the smelter fire.", [("6%", "revenue")]),
    # prices at a tender, the sealed-bid sale of rough diamonds or timber, average or not, are that sale's market, no
    # company's stock though a company tells them
    ("Rough stone prices at the tender the producer held in Antwerp last week slipped 4% from its previous sale.",
     [("4%", "other")]),
    ("Okavango said average prices at its tender in Gaborone rose 5% from the previous sale.", [("5%", "other")]),
    # prices a name is told moving by "at" a sale, an auction or a tender are that market's, no statistic's component
    # and no stock of the name, whose prices they are
    ("Mohair prices fell 6% at the Port Elizabeth sale on Wednesday, brokers said.", [("6%", "other")]),
    ("Jute prices climbed 3% on Monday at the weekly auction in Khulna.", [("3%", "other")]),
    # ... and so are a good's prices told moving on a day a market trades, which no statistic of living costs is told
    # by, whatever the good
    ("Sorghum prices fell 3% on Wednesday as the first trucks of the new harvest reached Gedaref.", [("3%", "other")]),
    ("Cardamom prices jumped 7% yesterday after heavy rain hit the hills, traders in Bodinayakanur said.",
     [("7%", "other")]),
    ("Shrimp prices were 5% lower on Friday at the landing centres, exporters said.", [("5%", "other")]),
    # prices paid are what a market fetched, no money put into anything, and so is their move
    ("Prices paid at the mill gate for sugar cane averaged 3,100 rupees a tonne in March, down 7% from a year earlier.",
     [("3,100 rupees", "other"), ("7%", "other")]),
    # a pronoun after a sentence a commodity opens past a place set off by a comma is that market, no stock
    ("In New York, cocoa futures settled at $6,120 a tonne on Thursday. They have risen about 9% since the start of "
     "the month.", [("$6,120", "other"), ("9%", "other")]),
    # ... any setting so set off: a word of place and a few words before the comma
    ("On the Bursa Malaysia exchange, palm oil futures fell 2% to 4,000 ringgit a tonne. They have risen 8% this "
     "month.", [("2%", "other"), ("4,000 ringgit", "other"), ("8%", "other")]),
    # prices a teller opens a sentence with after a good's unit price are the good's, past a later clause's trigger
    ("Nickel was quoted at $15,300 a tonne on Friday. Traders say prices are about 6% lower than a month ago, which "
     "has helped smelters win orders.", [("$15,300", "other"), ("6%", "other")]),
    # Hong Kong is no place of places.tsv: its dateline opens a company's story, whose "It paid" is the company's
    ("HONG KONG - Kestrel Holdings bought back 1.2 million of its shares last week. It paid HK$180 million for them, "
     "the filings show.", [("HK$180 million", "investment")]),
    # only "Their value" after bare exports is trade (NO_ROW_SENTENCES); a company's story tells its exports so too
    ("The winery sold 3 million cases last year. Exports rose 12% to 1.1 million cases. Export sales rose 9% to 40 "
     "million euros.", [("9%", "revenue"), ("40 million euros", "revenue")]),
    # a number of stores is no festival named by digits (the 618 shopping festival)
    ("Sales at its 618 stores rose 3% to $2 billion, the chain said.", [("3%", "revenue"), ("$2 billion", "revenue")]),
    # an outflow or inflow told after a company's cash flow restates that cash flow, no fund's flow
    ("The miner's free cash flow turned negative in the March quarter, an outflow of 2.4 billion rand, against an "
     "inflow of 1.1 billion rand a year earlier.", [("2.4 billion rand", "other"), ("1.1 billion rand", "other")]),
    ("Bond funds saw an outflow of $2.1 billion in the week, while equity funds took in $900 million.",
     [("$2.1 billion", "investment"), ("$900 million", "investment")]),
    # (a new clause between the cash flow and the flow gives the flow a subject of its own)
    ("Operating cash flow rose to $4 billion, and investors pulled an outflow of $2 billion from its bond funds.",
     [("$4 billion", "other"), ("$2 billion", "investment")]),
    # a for-profit sector is no profit
    ("In July 2021, regulators banned for-profit tutoring in core school subjects, wiping out most of a sector worth "
     "about $100bn in a single weekend.", [("$100bn", "other")]),
    # the iron content told before an ore is its grade, no figure
    ("Benchmark 65% iron ore bound for Japan was quoted at $104 a tonne on Friday.", [("$104", "other")]),
    # a carton "of" a good sold "for" a sum at a wholesale market is that market's quote, no shop price (not_money.tsv)
    ("A 40-pound carton of Guatemalan cantaloupe sold for about $22 at the Los Angeles wholesale market on Monday, up "
     "from about $17 a year earlier.", [("$22", "other"), ("$17", "other")]),
    # a change said after the day a sum was told on is the sum's, no stock's move
    ("Kestrel, which reported quarterly sales of 2.4 billion crowns on Feb. 6, up 9% from a year earlier, cut its "
     "outlook.", [("2.4 billion crowns", "revenue"), ("9%", "revenue")]),
    # a site leased for a sum is its rent, whatever the site then handles
    ("The depot, leased from a pension fund for about 90 million euros over 15 years, will handle online orders for "
     "the chain.", [("90 million euros", "other")]),
    # a good priced by the bale is a commodity's price, no stock's
    ("The price of timothy hay in Nevada has held steady at about $21 a bale, dealers in Reno said.",
     [("$21", "other")]),
    # what a company builds, told as the sum before the thing built, is money put in
    ("The brewer said on Monday it would build a 45 million euro brewery outside Lodz.",
     [("45 million euro", "investment")]),
    # a pronoun raised by a percentage is a price or rate that went up, no money raised
    ("Ferry operators said fuel had become dearer and that they had raised them by 7% in April.", [("7%", "other")]),
    # what a market could be worth a year is a flow, no valuation
    ('"India could be worth $30 million a year to our growers," the chairman said.', [("$30 million", "other")]),
    # prices "of" a good a market prices are that market's move, as "wool prices" are; a company's budget is its own
    ("Prices of greasy wool slid 3% at Wednesday's sale in Fremantle, brokers said.", [("3%", "other")]),
    ("The price of wool rose 2% on Thursday as Chinese mills returned.", [("2%", "other")]),
    ("Halvard Studios has a budget of $48 million for the sequel.", [("$48 million", "investment")]),
    # a service or a utility named by its noun loses money as a company does, state-owned or not, and a count's
    # thousands comma stays inside the relative clause between
    ("The state-owned bus service lost 412 million rand last year, the transport minister said.",
     [("412 million rand", "profit")]),
    ("The national rail service, which runs about 1,400 trains a day, lost 2.3 billion rupees in the year to March.",
     [("2.3 billion rupees", "profit")]),
    ("The regional power utility lost $61 million in 2025, its chief executive said.", [("$61 million", "profit")]),
    ("The state-owned water utility lost 640 million pesos last year, its annual report showed.",
     [("640 million pesos", "profit")]),
    ("Harbor Power, the city-owned utility, lost $4 million last year.", []),
    # a further sum after a loss is more lost
    ("The state-owned airline lost 52 million cedis in 2024 and a further 30 million cedis in the first nine "
     "months of 2025, the auditor said.", [("52 million cedis", "profit"), ("30 million cedis", "profit")]),
    # a good's takings told with those it earned them for stay the good's, no company's profit
    ("Saffron earned farmers about $310 million last season, the ministry said, as saffron prices rose.",
     [("$310 million", "other")]),
    # prices "of" a good a market prices, diamonds too, are that market's move
    ("Wholesale prices of polished diamonds have dropped about 25% since 2022, traders in Antwerp said.",
     [("25%", "other")]),
    # a multiple against "their level" moves the good's price it owns; "the points" stays no figure
    ("Lithium prices are now roughly triple their level of three years ago, producers said.", [("triple", "other")]),
    ("The striker scored about double the points of his rival last season.", []),
    # a place a company works "in" is no sayer of its export earnings, and a brand with a capital inside is no kind of
    # goods: both stay the company's sales
    ("Tamsin Foods, which runs mills in Ghana, Togo and Benin, said that its export earnings rose 9% last year.",
     [("9%", "revenue")]),
    ("Sales of iPads in Japan rose 14% in the quarter, Apple said.", [("14%", "revenue")]),
    # a company's board is no public body expecting a country's exports
    ("Tamsin Foods' board expects exports to reach $300 million next year.", [("$300 million", "other")]),
    # a sum by the trip is a fare only where it is paid, charged or costs: a company's profit a journey stays
    ("Halvard Buses made a profit of $4 a journey last year.", [("$4", "profit")]),
    # a company's own loan from a development bank, and a state fund's investment in it, are no public money
    ("Tamsin Cement signed a $60 million loan from the African Development Bank on Monday.",
     [("$60 million", "other")]),
    ("Tamsin Cement received $25 million from the state pension fund for a 9% stake.", [("$25 million", "other")]),
    # a sum with a magnitude after a price by the kilo and "and" is no second variety's price
    ("The smelter paid 3 euros a kilo for scrap copper and 4 million euros for a new furnace.",
     [("4 million euros", "other")]),
    # what a good sells for by its unit at a wholesale market is that market's price, and so is its earlier level
    ("Top-grade saffron now sells for about 9 euros a gram at the Madrid wholesale market, up from 7 euros last year.",
     [("9 euros", "other"), ("7 euros", "other")]),
    # a participle of what the move helped opens a clause of its own: the paying is no investment
    ("Timber prices at the Rotorua yard rose 4% to NZ$152 a tonne in May, helping mills pay for new saws.",
     [("4%", "other"), ("NZ$152", "other")]),
    # an apposition with "the" whose noun a "that" clause tells of is an aside: its stake is no stock's move
    ("Shares in Torvel, the miner that bought a stake in a smelter last year, fell 3% to 12.40 euros on Tuesday.",
     [("3%", "share_move"), ("12.40 euros", "share_price")]),
    # a verb of telling before "that" makes it no apposition's clause: what was said stays revenue
    ("On Monday, the group said that revenue for its second quarter, the April-June period, rose 7% to 12 billion "
     "yuan.",
     [("7%", "revenue"), ("12 billion yuan", "revenue")]),
    # a contract "with" a company is worth what it moves, no company's value
    ("Nordvik said the supply contract with Oslo-based Nordvik Seafood was worth about 40 million euros.",
     [("40 million euros", "other")]),
    # a sum between "a planned" and what is planned is the project's cost, whatever figure the sentence told first
    ("Orvik Dairy said net profit rose to 3 million euros last year and it would start a planned 6 million euro "
     "drying line next spring.", [("3 million euros", "profit"), ("6 million euro", "investment")]),
    ("Halden Freight said its board approved the proposed 14 million pound depot on Tuesday.",
     [("14 million pound", "investment")]),
    # a fair that closed ended; the prices told after it are its goods', no stock's move
    ("The autumn horse fair closed on Saturday with prices about 6% lower than a year earlier.", [("6%", "other")]),
    ("Shares of the fair organiser closed 3% higher on Monday.", [("3%", "share_move")]),
    # a company's name ending in "Exports" is no country's exports
    ("Vaitele Nonu Exports, which is owned by village growers, will spend 3 million euros on a new fermentation hall.",
     [("3 million euros", "investment")]),
    # aid a company asks of a government to help itself stays a row, and so does what it estimates its own sales at
    ("Kestrel Airways asked the government for $500 million to help it survive the winter.",
     [("$500 million", "other")]),
    ("The company estimates that its sales in China reached $3 billion last year.", [("$3 billion", "revenue")]),
    # a sum right before "loan" is the company's loan, no revenue told before it in the sentence
    ("Harrow Textiles said its revenue rose 6% to 90 million pounds in the year and that it had signed a $4 million "
     "loan from a regional lender.", [("6%", "revenue"), ("90 million pounds", "revenue"), ("$4 million", "other")]),
    # a country's sales of a kind of goods growing in a gapped clause are a market's, after a company's move too
    ("Orvane's shares rose 3% on Monday. Ghanaian online retail sales reached about 20 billion cedis last year, "
     "according to the trade ministry, and are forecast to grow 12% a year until 2030.", [("3%", "share_move")]),
    # demand for its own goods stays a company's sum
    ("Orvane said demand for its chips would reach $400 million by 2028.", [("$400 million", "other")]),
    # a market's sales in a gapped clause leave a company's own growth told that way alone
    ("Japanese Orvane sales reached about 90 billion yen in 2025, the company said, and are expected to grow 8% a "
     "year.", [("90 billion yen", "revenue"), ("8%", "revenue")]),
    # a bottom line that grows grows no sales: it is the company's profit
    ("Its bottom line grew 12% to $300 million in the quarter.", [("12%", "profit"), ("$300 million", "profit")]),
    # a company's sales abroad stay a row
    ("Pellar Nut Co, the biggest exporter in Bolivia, said its sales abroad reached $52 million last year.",
     [("$52 million", "revenue")]),
    # a company's exports told as worth a sum are what it sold, no worth of the company
    ("Brannock Mills' wool exports were worth about 35 million euros in 2025, the family-owned firm said.",
     [("35 million euros", "revenue")]),
    # a price "for" a thing right after its sum says what the sum is, whatever was proposed; a price target stays a
    # share price
    ("Minority holders said a proposed A$3.20 price for the grain handler was too low, while brokers kept their A$3.90 "
     "price target.", [("A$3.20", "other"), ("A$3.90", "share_price")]),
    # a co-op's deficit set against its own surplus is its loss, as the surplus is its profit
    ("The fishing co-op posted a surplus of EC$0.8 million for 2025, against a deficit of EC$2.1 million the year "
     "before.", [("EC$0.8 million", "profit"), ("EC$2.1 million", "profit")]),
])
def test_what_moved_goods_stocks_and_transfers_is_read_from_the_words_around_it(text, kinds):
    assert kinds_of(text) == kinds


@pytest.mark.parametrize("text, subject", [
    # the debut tells the stock's move, and the name that moved is still whose move it is
    ("Tencent-backed Lumora jumps 35% in Shanghai trading debut", "Lumora"),
    ("Shares of Kestrel Downs, which runs three tracks and a casino, fell 11% on Monday.", "Kestrel Downs"),
    # a run of capitals holding a noun of the stock names no company whole
    ("Orvane Shares Jump 40% After Regulator Clears Its Drug", ""),
])
def test_a_stock_s_move_told_by_its_trigger_takes_the_name_that_moved_as_its_subject(text, subject):
    assert [(m.market_kind, m.subject) for m in find_money(text)] == [("share_move", subject)]


def test_a_name_right_after_a_dateline_s_dash_opens_the_story_and_its_pronoun_stands_for_it():
    text = ("LAGOS, March 3 - Okonjo Breweries, Nigeria's second-biggest brewer by volume, said on Tuesday that sales "
            "at its bottling plants rose 11% in February.")
    assert [(m.market_kind, m.subject) for m in find_money(text)] == [("revenue", "Okonjo Breweries")]


@pytest.mark.parametrize("text", [
    "Turnover at the Accra brewer rose to 2.4 billion cedis in the 12 months to March, up from 2.1 billion.",
    "Turnover at the Accra brewer rose to 2.4 billion cedis in 2025, up from 2.1 billion.",
])
def test_a_base_with_no_currency_past_a_stretch_holding_a_year_or_months_is_a_sum_in_the_currency_before(text):
    found = find_money(text)
    assert [(m.text, m.currency, m.market_kind) for m in found][1:] == [("2.1 billion", "GHS", "revenue")]


def test_a_total_a_dividend_is_brought_to_past_an_aside_is_the_dividend_s():
    text = ("The miner declared a final dividend of 45 shillings a share, payable on June 30 to holders on the "
            "register on June 2, bringing the total for the year to 80 shillings.")
    assert [(m.text, m.amount) for m in find_money(text)] == [("45 shillings", 45.0), ("80 shillings", 80.0)]


def test_what_a_good_earned_and_its_change_have_no_subject_and_a_company_s_keep_its_name():
    # a good is no one whose takings they are; a company named like it stays the subject
    text = ("Growers sold more nutmeg this season. Nutmeg earned about 61 million dollars last year, up 11%, the "
            "cooperative said.")
    assert [(m.text, m.subject) for m in find_money(text)] == [("61 million dollars", ""), ("11%", "")]
    assert [m.subject for m in find_money("Harlow Pepper earned about 1.2 billion ringgit last year, up 9%.")] == \
        ["Harlow Pepper", "Harlow Pepper"]
    # (a split year's season with its determiner and noun is one time between the sum and its change)
    text = ("Growers picked less saffron this year. Saffron earned about 90 million euros in the 2024/25 season, down "
            "6%, the cooperative said.")
    assert [(m.market_kind, m.subject) for m in find_money(text)] == [("other", ""), ("other", "")]


def test_a_good_a_market_prices_earns_takings_alone_and_a_name_that_tells_or_only_a_web_address_stays_a_company():
    # a good of joins.tsv role=traded_good needs no lower-case mention elsewhere
    assert [(m.market_kind, m.subject) for m in find_money(
        "Coffee could earn about $1.8 billion in the coming season, the growers' federation said.")] == [("other", "")]
    # a name that only ever opens sentences is a company when it tells anything, and a web address is no prose
    text = "Apple earned $28 billion in the June quarter. Apple said it would buy back more stock."
    assert [(m.market_kind, m.subject) for m in find_money(text)][0] == ("profit", "Apple")
    text = "Apple earned $28 billion in the June quarter. Its filing is at apple.com/investor."
    assert [(m.market_kind, m.subject) for m in find_money(text)][0] == ("profit", "Apple")
    # (a participle before "to" is passive: a headline's good expected to earn tells nothing; and the headline's last
    # word, across the blank line, is no word in lower case before the good)
    text = "Cotton expected to earn $900 million\n\nCotton could earn about $900 million this season, ginners say."
    assert {m.market_kind for m in find_money(text)} == {"other"}


def test_an_exchange_a_contract_trades_on_is_no_subject_and_a_company_whose_shares_a_contract_is_on_stays():
    text = "The benchmark three-month contract on the London Metal Exchange closed at $2,610 a tonne, up 1.8%."
    assert [(m.market_kind, m.subject) for m in find_money(text)] == [("other", ""), ("other", "")]
    found = find_money("The fund sold forward contracts on Halvard shares worth $150 million.")
    assert [m.subject for m in found] == ["Halvard"]


def test_the_company_a_filing_defines_is_no_name():
    # "the Company", as a filing calls its issuer, names no one, as "Group" does not
    found = find_money("The Company's revenue for the year rose 4% to HK$812 million, the annual results show.")
    assert [(m.text, m.subject) for m in found] == [("4%", ""), ("HK$812 million", "")]


def test_a_good_s_export_earnings_are_a_country_s_trade_and_a_company_s_stay_its_own():
    assert find_money("Cocoa export earnings fell 12% to $2.6 billion in the season, the board said.") == []
    assert kinds_of("The company's export revenue rose 9% to $2 billion.") == [("9%", "revenue"),
                                                                               ("$2 billion", "revenue")]
    # export revenue that names no good stays the company's the sentence names
    assert kinds_of("Export revenue fell 14% to 3.2 billion yuan in the quarter, Midea said.") == [
        ("14%", "revenue"), ("3.2 billion yuan", "revenue")]


@pytest.mark.parametrize("told", ["Camarexa said in its half-year report", "according to Camarexa",
                                  "the company said", "Camarexa Holdings said"])
def test_export_sales_after_a_place_exported_told_by_a_company_stay_the_company_s(told):
    text = (f"Camarexa farms shrimp in the Gulf of Guayaquil. Ecuador shipped 1.4 million tonnes of shrimp last "
            f"year. Export sales rose 6% to $410 million, {told}.")
    assert kinds_of(text) == [("6%", "revenue"), ("$410 million", "revenue")]


def test_export_sales_told_by_a_two_word_name_the_story_named_in_full_before_stay_the_company_s():
    # a person is named in full once and by surname after: a two-word name told whole again is a company
    text = ("Marisol Pesca freezes shrimp at a plant in Machala. Ecuador shipped 1.4 million tonnes of shrimp last "
            "year. Export sales rose 6% to $410 million, {} said.")
    assert kinds_of(text.format("Marisol Pesca")) == [("6%", "revenue"), ("$410 million", "revenue")]
    assert kinds_of(text.replace("Marisol Pesca freezes", "The exporters freeze").format("Marisol Pesca")) == []
    # a name a verb of saying or a title introduced as a person's stays a person's, told whole again or not
    text = ("Ecuador shipped 1.4 million tonnes of shrimp last year, said Lucia Andrade, head of the aquaculture "
            "chamber. Export sales rose 6% to $410 million, Lucia Andrade said.")
    assert kinds_of(text) == []


def test_a_gapped_clause_after_a_public_body_s_spending_makes_no_row_and_a_company_s_stays_two():
    assert find_money("The regional government spent 3.4 billion pesos on bridges last year, and schools 1.1 billion "
                      "pesos.") == []
    assert kinds_of("Grupo Andes spent 3.4 billion pesos on new stores last year, and warehouses 1.1 billion "
                    "pesos.") == [("3.4 billion pesos", "investment"), ("1.1 billion pesos", "investment")]


def test_what_a_good_earns_a_country_told_after_the_verb_is_trade_and_what_it_earns_a_company_stays():
    assert find_money("After a record harvest, shelled cashews earned Vietnam about $3.6 billion in 2025.") == []
    assert find_money("Frozen shrimp earned the country $410 million in the first half, the fisheries board "
                      "said.") == []
    assert kinds_of("The licensing deal earned the company $45 million in the quarter.") == [
        ("$45 million", "profit")]
    # what a listing brought a country is the listing's money, no trade
    assert kinds_of("The state utility's flotation brought Kenya about $600 million.") == [("$600 million", "ipo")]


def test_a_seat_s_face_value_and_what_it_resold_for_are_a_ticket_s_price():
    assert find_money("Touts sold tickets that carried a face value of 480 rupees for as much as 6,000 rupees "
                      "before the final.") == []
    assert kinds_of("The start-up is valued at $2 billion.") == [("$2 billion", "valuation")]


def test_a_gapped_clause_whose_subject_has_an_article_or_a_verb_after_a_country_s_exports_stays_a_row():
    assert kinds_of("Cambodia exported milled rice worth $1.1 billion in 2024, and the state miller Green Trade "
                    "$40 million.") == [("$40 million", "other")]
    assert [m.text for m in find_money("Cambodia exported milled rice worth $1.1 billion in 2024, and cashew "
                                       "processors earned $90 million.")] == ["$90 million"]


def test_the_further_rise_a_pay_offer_goes_on_to_is_pay_and_a_stock_s_further_move_stays_its_own():
    assert find_money("The rail operator offered a 5% rise from October and a further 2% in 2028, which the drivers' "
                      "union turned down.") == []
    assert kinds_of("Shares of Corvane Bio rose 4% on Monday and a further 3% on Tuesday.") == [
        ("4%", "share_move"), ("3%", "share_move")]


def test_a_loss_in_brackets_after_its_currency_is_an_amount_going_down():
    found = find_money("Net income was RMB11,972 million (US$1,650 million), compared to a net loss of "
                       "RMB(1,370) million a year earlier.")
    assert [(m.text, m.amount, m.currency, m.direction) for m in found] == [
        ("RMB11,972 million (US$1,650 million)", 11972e6, "CNY", ""),
        ("RMB(1,370) million", 1370e6, "CNY", "down")]


def test_a_minus_before_a_currency_in_a_results_table_makes_the_amount_go_down():
    mention = one("| Free cash flow | -RMB21.8bn | n/a |")
    assert (mention.text, mention.amount, mention.direction) == ("-RMB21.8bn", 21.8e9, "down")


def test_a_dash_between_words_is_no_minus_sign():
    mention = one("Its revenue -- $5 billion -- was flat.")
    assert (mention.text, mention.direction) == ("$5 billion", "")


def test_a_price_per_share_in_a_currency_that_needs_a_magnitude_is_money():
    mention = one("Alibaba sold its Paytm stake in a block trade priced at 640 rupees per share.")
    assert (mention.amount, mention.currency, mention.market_kind) == (640.0, "INR", "share_price")
    assert find_money("Police found more than 640 pounds of explosives in the van.") == []


def test_a_price_per_unit_with_its_dollars_in_brackets_before_the_unit_is_one_sum_in_the_local_currency():
    mention = one("Wholesale cotton fetched 19,800 som ($1.64) per kilogram in Tashkent on Monday.")
    assert (mention.amount, mention.currency, mention.amount_usd, mention.market_kind) == (19800.0, "UZS", 1.64,
                                                                                          "other")
    assert find_money("Officials in Tashkent counted 19,800 som in the box.") == []


def test_a_guarded_currency_s_sum_restated_in_dollars_and_its_base_are_money_where_the_text_names_no_country():
    text = ("The lender's net profit rose to 2.6 billion som ($30 million) in 2025, up from 1.9 billion som a year "
            "earlier.")
    assert [(m.text, m.currency, m.market_kind) for m in find_money(text)] == [
        ("2.6 billion som ($30 million)", "KGS", "profit"), ("1.9 billion som", "KGS", "profit")]
    assert [m.direction for m in find_money(text)][0] == "up"
    # unrestated, the word still needs its country named
    assert find_money("The lender's net profit rose to 2.6 billion som in 2025, up from 1.9 billion som.") == []


def test_a_guarded_currency_s_sum_restated_in_dollars_and_the_level_it_rose_from_are_money():
    text = ("DURRES, Albania - Diesel sold for 212 lek ($2.52) a litre at pumps on Monday, up from about 190 lek in "
            "June, the fuel board said.")
    assert [(m.text, m.amount, m.currency, m.amount_usd) for m in find_money(text)] == [
        ("212 lek ($2.52)", 212.0, "ALL", 2.52), ("190 lek", 190.0, "ALL", None)]
    # with no price per unit before it, a guarded word's bare base is still no money
    assert find_money("DURRES, Albania - The kiosk took 212 lek on Monday, up from about 190 lek in June.") == []
    text = "Hake fetched 2.1 rials a kilo at the Sur market on Monday, compared with about 1.8 rials a year ago."
    assert [(m.text, m.amount) for m in find_money(text)] == [("2.1 rials", 2.1), ("1.8 rials", 1.8)]


def test_a_spending_plan_over_or_under_budget_is_the_spender_s_overrun():
    mention = one("The airline's spending on its new booking system ran 12% over budget last year.")
    assert (mention.market_kind, mention.percent, mention.direction) == ("investment", 12.0, "up")
    assert one("The carmaker's new paint shop came in 8% under budget.").direction == "down"
    # a plan over or under which spending runs is its budget
    mention = one("The tunnel's cost was 14% over plan by the end of September, the transport authority's auditor "
                  "found.")
    assert (mention.market_kind, mention.percent, mention.direction) == ("investment", 14.0, "up")
    assert one("The new terminal came in 5% under its plan.").direction == "down"
    # sales or profit told above, over or under their plan or budget keep their own kind: no spending overran
    assert one("Sales were 4% above plan in the quarter, the retailer said.").market_kind == "revenue"
    assert one("Like-for-like sales were running 6% over plan, the grocer's chief executive said.").market_kind == \
        "revenue"
    assert one("Operating profit came in 3% under budget for the half, the brewer said.").market_kind == "profit"


def test_an_amount_followed_by_and_a_count_is_the_amount_alone():
    found = find_money("Alibaba's cloud unit had an annual revenue run-rate of about $11 billion and 3,000 employees.")
    assert [(m.text, m.amount, m.currency) for m in found] == [("$11 billion", 11e9, "USD")]


def test_a_central_bank_s_move_told_as_a_noun_and_its_size_after_a_sentence_naming_the_bank_is_that_size():
    # a spread's move in basis points stays none: only a market rate moves by them
    sizes = [(m.text, m.market_kind, m.percent) for m in find_money(
        "The central bank's rate-setting committee held its key rate at 5.5% on Wednesday. Economists expect a cut of "
        "50 basis points at the next meeting.") if m.text.endswith("points")]
    assert sizes == [("50 basis points", "other", -0.5)]
    assert kinds_of("Spreads on the notes saw an increase of 40 basis points after the sale.") == []


def test_an_amount_followed_by_and_a_percentage_gives_both():
    found = find_money("The unit reported sales of $5.2 million and 40% growth in its first year.")
    assert [(m.amount, m.percent) for m in found] == [(5.2e6, None), (None, 40.0)]


def test_two_amounts_each_with_its_currency_joined_by_and_are_both_figures():
    found = find_money("The two affiliates raised $3 billion and $5 billion respectively in their listings.")
    assert [m.amount for m in found] == [3e9, 5e9]


def test_a_percentage_that_restates_a_price_move_takes_its_direction():
    found = find_money("Alibaba's ADRs fell $3.12, or 3.4%, to $88.50 in New York.")
    assert [(m.text, m.percent, m.direction) for m in found] == [
        ("$3.12", None, "down"), ("3.4%", -3.4, "down"), ("$88.50", None, "")]


def test_a_percentage_restating_a_move_in_money_is_kept_without_a_market_word():
    found = find_money("Alibaba was down HK$3.40, or 3.1 per cent, at HK$106.20.")
    assert [(m.amount, m.percent, m.direction, m.market_kind) for m in found] == [
        (3.4, None, "down", "share_move"), (None, -3.1, "down", "share_move"), (106.2, None, "", "share_price")]


def test_a_company_that_moves_by_a_price_is_its_stock_and_the_level_its_price():
    found = find_money("In Hong Kong trading yesterday, Tencent rose HK$12 to HK$478.80.")
    assert [(m.amount, m.market_kind) for m in found] == [(12.0, "share_move"), (478.8, "share_price")]
    # a sum of billions no share moves by: the company lost it, a loss (joins.tsv role=loses)
    assert one("Alibaba lost $3 billion in the quarter.").market_kind == "profit"
    assert one("Alibaba gained $3 billion in the quarter.").market_kind == "other"


def test_the_amount_a_stock_moved_to_is_its_share_price():
    found = find_money("Alibaba slumped 4.1 per cent to HK$148.70, while Tencent lost 2.3 per cent to HK$612.")
    assert [(m.market_kind, m.amount) for m in found if m.amount] == [("share_price", 148.7), ("share_price", 612.0)]


def test_the_price_a_stock_moved_to_past_an_aside_on_its_move_is_its_share_price():
    found = find_money("Shares of Qinghe Robotics soared 30%, the daily cap on Beijing's bourse, to 118.20 yuan.")
    assert [(m.market_kind, m.amount) for m in found if m.amount] == [("share_price", 118.2)]


def test_a_measure_expected_to_more_than_double_moves_up_by_100_percent_but_a_plan_to_double_capacity_is_no_figure():
    found = find_money("Halvorsen Optics expects its data-centre revenue to more than double next year.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [("double", "revenue", 100.0)]
    assert find_money("Halvorsen Optics aims to double capacity at its Oslo plant next year.") == []


# (the words before a sum, whether they tell a level a verb of change went to): "up to" is an approximation
# (approximations.tsv), no move
MOVED_TO = [
    ("Net debt fell to ", True),
    ("The shares climbed back to ", True),
    ("Alibaba said it had set aside up to ", False),
    ("Kuroshio said it would buy back up to ", False),
]


@pytest.mark.parametrize("before,moved", MOVED_TO, ids=[t[0].strip() for t in MOVED_TO])
def test_an_approximation_ending_in_to_is_no_level_a_verb_of_change_went_to(before, moved):
    from pipeline.money.lexicon import lexicon
    assert (lexicon().moved_to.search(before) is not None) == moved


def test_the_amount_revenue_grew_to_stays_revenue():
    found = find_money("Cloud revenue rose 5% to $3 billion in the quarter.")
    assert [m.market_kind for m in found] == ["revenue", "revenue"]


def test_a_currency_move_is_the_whole_markets_and_the_stock_move_beside_it_is_the_stocks():
    found = find_money("The dollar rose 0.3% against the yen, and Tokyo shares rose 1%.")
    assert [(m.percent, m.market_kind) for m in found] == [(0.3, "other"), (1.0, "share_move")]


def test_two_and_a_half_dollars_a_share_is_a_share_price_of_2_50():
    mention = one("The company estimates the offering at $2.50 a share.")
    assert (mention.amount, mention.currency, mention.market_kind) == (2.5, "USD", "share_price")


def test_a_yuan_fine_with_its_dollar_equivalent_in_brackets_is_one_mention_in_yuan():
    mention = one("China's market regulator fined Alibaba a record 18.2 billion yuan ($2.8 billion) on Saturday.")
    assert (mention.amount, mention.currency, mention.amount_usd) == (18.2e9, "CNY", 2.8e9)
    assert mention.text == "18.2 billion yuan ($2.8 billion)"
    assert mention.market_kind == "fine"


def test_a_riyal_sum_written_with_its_code_before_the_digits_is_one_mention_with_its_dollar_equivalent():
    mention = one("Ma'aden said it would spend SAR2.4 billion ($640 million) on a new phosphate plant in Ras Al Khair.")
    assert (mention.amount, mention.currency, mention.amount_usd) == (2.4e9, "SAR", 640e6)
    assert mention.text == "SAR2.4 billion ($640 million)"


def test_an_equivalent_after_or_about_is_taken_from_the_text():
    mention = one("Quarterly revenue was 236.5 billion yuan, or about $32.6 billion, the company said.")
    assert (mention.currency, mention.amount_usd) == ("CNY", 32.6e9)


def test_a_price_per_unit_quoted_in_a_place_with_its_dollar_equivalent_is_one_mention_in_the_local_currency():
    found = find_money("Cardamom fetched 2,600 rupees a kilogram in Kochi, about $31, at Tuesday's auction.")
    assert [(m.amount, m.currency, m.amount_usd) for m in found] == [(2600.0, "INR", 31.0)]


def test_a_dollar_figure_with_a_pound_equivalent_keeps_the_dollars():
    mention = one("The group said the record $2.8bn (£2bn) penalty ended the investigation.")
    assert (mention.amount, mention.currency, mention.amount_usd) == (2.8e9, "USD", 2.8e9)


def test_a_press_release_equivalent_written_usd_dollar_sign_is_merged():
    found = find_money("Revenue rose by 4% year-over-year to RMB243,236 million (USD$33,470 million).")
    assert [(m.percent, m.amount, m.currency, m.amount_usd) for m in found] == [
        (4.0, None, "", None), (None, 243236e6, "CNY", 33470e6)]


def test_no_exchange_rate_is_invented_for_a_figure_without_a_dollar_equivalent():
    mention = one("Alibaba's market value fell below HK$1.5 trillion.")
    assert mention.currency == "HKD" and mention.amount_usd is None


def test_a_range_between_two_prices_gives_two_figures():
    found = find_money("The shares traded between $240 and $242 before the close.")
    assert [(m.text, m.amount) for m in found] == [("$240", 240.0), ("$242", 242.0)]


def test_the_low_end_of_a_range_takes_the_magnitude_and_currency_of_the_high_end():
    found = find_money("The penalty could come to 18 to 20 billion yuan, people familiar said.")
    assert [(m.amount, m.currency) for m in found] == [(18e9, "CNY"), (20e9, "CNY")]
    found = find_money("It plans to raise $5-6 billion in the offering.")
    assert [(m.amount, m.currency) for m in found] == [(5e9, "USD"), (6e9, "USD")]


def test_one_value_in_three_currencies_is_one_mention_and_no_range():
    mention = one("Revenue came in below expectations of at least RMB 209 billion (€27.3bn-$32.3bn).")
    assert (mention.amount, mention.currency, mention.amount_usd) == (209e9, "CNY", 32.3e9)


def test_a_price_and_its_change_on_the_next_line_are_no_range():
    found = find_money("Last Trade\n$28.16\n-0.97 (-3.33%)\nClosing Price\n$29.13")
    assert [(m.amount, m.percent) for m in found] == [(28.16, None), (None, -3.33), (29.13, None)]


def test_a_range_written_in_full_magnitudes_keeps_both():
    found = find_money("ROGERS COMMUNICATIONS Inc. said it plans to raise 175 million to 180 million "
                       "Canadian dollars through a private placement.")
    assert [(m.amount, m.currency) for m in found] == [(175e6, "CAD"), (180e6, "CAD")]


def test_a_range_whose_ends_have_different_magnitude_words_keeps_its_low_end():
    found = find_money("The retailer filed for Chapter 11 protection, listing liabilities of between $500 million "
                       "and $1 billion.")
    assert [m.amount for m in found] == [500e6, 1e9]


def test_a_year_before_and_is_not_the_low_end_of_a_range():
    found = find_money("Profit doubled in 2019 and 20 percent more is expected, the company's earnings report said.")
    assert [m.percent for m in found] == [100.0, 20.0]  # the doubling is a move, the year is none


@pytest.mark.parametrize("sentence, approx", [
    ("Since the IPO cancelation, more than $400 billion has been wiped off Alibaba's value.", ">"),
    ("Ma's empire endured even a nearly $3 billion antitrust fine in 2021.", "~"),
    ("The founder still has a fortune of about US$50 billion.", "~"),
    ("The company took a fourth-quarter pre-tax charge of less than $10 million.", "<"),
    ("The Hong Kong stock lost as much as 7.6% in morning trade.", "<"),
    ("The group's shares were up about 9% on Monday.", "~"),
])
def test_an_approximation_word_before_a_figure_is_kept(sentence, approx):
    assert one(sentence).approx == approx


# --- percentages tied to a price, an index or a figure ----------------------------------------

PERCENTS = [
    # sentence, percent (signed), direction, kind
    # a measure seen to multiply over a stretch told after it has moved; with no stretch it may be a plan
    ("Brightwater Foods has seen sales more than double since 2020 as it expanded into Asia.", 100.0, "up", "revenue"),
    # purchases placed through an app are what its users buy on it, its transaction volume
    ("Purchases placed through the retailer's voice assistant jumped fourfold over the holiday weekend.", 300.0, "up",
     "transaction_volume"),
    # bare "prices" moving after a good's price by its unit in the sentence are that good's, no sales told before them
    ("Juice makers expect sales to slow after orange juice futures hit $5.40 a pound in January, though prices have "
     "since fallen 40%.", -40.0, "down", "other"),
    ("Alibaba's American depositary shares slid 8.1% in New York trading.", -8.1, "down", "share_move"),
    ("The group's Hong Kong shares slid 8.1 per cent on Tuesday.", -8.1, "down", "share_move"),
    ("Alibaba shares were up about 9% on Monday after the fine.", 9.0, "up", "share_move"),
    ("Revenue rose 34% from a year earlier, the company said.", 34.0, "up", "revenue"),
    ("The Hang Seng Index fell 2.1% to a two-month low.", -2.1, "down", "other"),
    ("Tencent shed 4.4% in Hong Kong on Tuesday.", -4.4, "down", "share_move"),
    ("Ralston Purina Co. reported a 47% decline in fourth-quarter earnings.", -47.0, "down", "profit"),
    ("The shares traded 8% higher by midday in Hong Kong.", 8.0, "up", "share_move"),
    ("Net income fell 77% in the December quarter.", -77.0, "down", "profit"),
    ("Cloud revenue growth of 26% beat analysts' forecasts.", 26.0, "up", "revenue"),
    ("The stock closed at $20, a 26% decline for the week.", -26.0, "down", "share_move"),
    ("Its ADRs are down 4.5% since the start of the year.", -4.5, "down", "share_move"),
    ("In Hong Kong there was already a 9% decline on Wednesday.", -9.0, "down", "other"),
    ("Net profit rose 76pc to Rmb43.1bn in the June quarter.", 76.0, "up", "profit"),
    ("Alibaba's Hong Kong-listed shares closed 1.5% lower at HK$154.2 before the results.", -1.5, "down", "share_move"),
    ("Alibaba, which holds a 33 per cent stake in Ant, saw its shares plunge by more than 8 per cent, their "
     "biggest one-day drop on record.", -8.0, "down", "share_move"),
    ("Alibaba shares gave up earlier gains to trade 0.5% lower in Hong Kong.", -0.5, "down", "share_move"),
    # setCW, cw_shortseller: a gap below where a stock traded is its fall from that level
    ("The stock is still 27% below where it traded before the short seller's report.", -27.0, "down", "share_move"),
    # a sum with decimals or a currency sign in the object of a verb of change is one more word of it
    ("An appeals court cut the 2.7 billion euro fine on the shipping group by 15% on Thursday.", -15.0, "down", "fine"),
    ("The tribunal reduced the $1.35 billion penalty imposed on the lender by 40%.", -40.0, "down", "fine"),
    # an initialism written with its dots is one more word of the object
    ("The chipmaker said it would cut capital spending at its U.S. fabs next year by 25%.", -25.0, "down",
     "investment"),
    # ", up 8%" after a sum and the period it was told for is that sum's change, though a name opens the sentence
    ("Norrland Bank, which reported a net profit of 4.1 billion crowns for 2025, up 8% from a year earlier, plans a "
     "buyback.", 8.0, "up", "profit"),
    # a currency "firmer" or "softer" than a level went up or down from it, as "stronger than" does
    ("At midday the peso stood at 18.42 per dollar, 0.4% firmer than its previous close.", 0.4, "up", "other"),
    ("The rupiah traded at 16,380 per dollar in Jakarta, 0.3% softer than its previous close.", -0.3, "down",
     "other"),
    # a news agency's dateline opens no subject: the currency opening the lead after it moves, no stock
    ("WARSAW, March 6 (Reuters) - The zloty closed at 4.31 per euro on Friday, capping a weekly gain of 0.8%.",
     0.8, "up", "other"),
    # a central bank's move told as a noun with its size in basis points and no level is that size, as after the verb
    ("Economists expect the central bank's rate-setting committee to deliver a cut of 50 basis points at its next "
     "meeting.", -0.5, "down", "other"),
]


@pytest.mark.parametrize("sentence, percent, direction, kind", PERCENTS)
def test_a_percentage_move_is_signed_by_its_movement_word(sentence, percent, direction, kind):
    found = [m for m in find_money(sentence) if m.percent is not None]
    assert len(found) == 1, found
    assert (found[0].percent, found[0].direction, found[0].market_kind) == (percent, direction, kind)


def test_a_minus_sign_makes_a_percentage_negative():
    mention = one("Alibaba shares closed lower (-3.3%) in New York.")
    assert (mention.percent, mention.direction) == (-3.3, "down")


def test_a_move_and_a_level_in_one_clause_are_two_figures_and_only_the_move_has_a_direction():
    found = find_money("In New York Stock Exchange composite trading, Telerate shares fell 50 cents on Friday "
                       "to close at $20 each.")
    assert [(m.amount, m.direction, m.market_kind) for m in found] == [
        (0.5, "down", "share_move"), (20.0, "", "share_price")]


def test_revenue_rising_to_a_level_gives_the_percentage_a_direction_and_the_level_none():
    found = find_money("Revenue from core commerce increased 63% year-over-year to RMB46,462 million.")
    assert [(m.percent, m.amount, m.direction, m.market_kind) for m in found] == [
        (63.0, None, "up", "revenue"), (None, 46462e6, "", "revenue")]


@pytest.mark.parametrize("sentence, levels", [
    ("Operating profit at the Oslo-based shipper rose 9% to 2.4 billion crowns as costs dropped in the quarter.",
     [(9.0, None, "up"), (None, 2.4e9, "")]),
    ("Net sales climbed to $812 million while expenses declined.", [(None, 812e6, "up")]),
])
def test_a_level_takes_no_direction_from_another_subjects_verb_in_a_clause_of_as_or_while_after_it(sentence, levels):
    assert [(m.percent, m.amount, m.direction) for m in find_money(sentence)] == levels


@pytest.mark.parametrize("sentence, written, percent", [
    ("The conglomerate's shares have lost more than two-thirds of their market value since their 2021 high.",
     "two-thirds", -66.67),
    ("Alibaba has since lost half its market value as regulators tightened their grip.", "half", -50.0),
    ("The company's shares fell by a third after the listing was halted.", "a third", -33.33),
    ("The shares dropped by as much as a third in a week.", "a third", -33.33),
])
def test_a_fraction_in_words_that_a_movement_word_governs_is_a_percentage(sentence, written, percent):
    mention = one(sentence)
    assert (mention.text, mention.percent, mention.direction) == (written, percent, "down")


@pytest.mark.parametrize("sentence", [
    "Half of its revenue comes from China, and a third of their staff work abroad.",
    "Revenue rose in the second half of its fiscal year.",
])
def test_a_fraction_that_is_a_share_of_a_whole_or_of_a_period_is_not_a_figure(sentence):
    assert find_money(sentence) == []


# --- market kinds ---------------------------------------------------------------------------

KINDS = [
    ("Oat futures on the CBOT rose about 2.1% on Wednesday after the crop report.", "other"),
    # a bidder's sum for a holding, a club or a licence is a deal, no object bought at auction
    ("The winning bidder paid $900 million for a 30% holding in the port operator.", "investment"),
    ("A Saudi-backed bidder paid 350 million pounds for a Premier League club in 2021.", "investment"),
    # a fund's return after a country's possessive is no good's export earnings, and money of a crop is no count
    ("Norway's fund earned 2.5 trillion crowns last year, its best return ever.", "other"),
    ("Farmers said crop insurance payouts were expected to rise by about 20% this year.", "other"),
    # the exchange a good's futures trade on moved nothing, though the good's futures word stands too far to say so
    ("Cotton futures on ICE rose about 2.1% on Tuesday as dry weather spread across west Texas.", "other"),
    ("Robusta coffee futures on the Singapore Exchange slipped about 1.4% on Friday.", "other"),
    # fines after an ore or its grade are the ore's size of lump, no penalty
    ("The 62% Fe fines fell about 1.6% on Monday as steel mills in Tangshan cut output.", "other"),
    ("Shipping lines raised container rates from Shanghai to Rotterdam by 18% in March, forwarders said.", "other"),
    ("Since the IPO cancelation, more than $400 billion has been wiped off Alibaba's value.", "market_value_change"),
    ("Ma's empire endured tightened regulations and even a nearly $3 billion antitrust fine in 2021.", "fine"),
    ("Tencent's market capitalisation of HK$5.4 trillion makes it Asia's most valuable company.", "market_cap"),
    ("The rally added about US$40b to the group's market value.", "market_value_change"),
    # a futures month's contract is a good's market, though a stock's trading words follow it
    ("In New York, the most active December contract was little changed at $2.91 by midday.", "other"),
    # orders a bond sale drew are a sum its book met, no threshold and no platform's trade
    ("Vantor Energy's debut euro bond drew orders of more than 3 billion euros, a banker on the deal said.", "other"),
    ("Bankers put the valuation of the fintech group at more than $300 billion.", "valuation"),
    ("Morgan Stanley is arranging the placement, which values the company at roughly US$330bn.", "valuation"),
    ("The fintech group's planned US$34.5 billion share sale was halted.", "ipo"),
    ("Quarterly revenue came to RMB236,454 million in the December quarter.", "revenue"),
    ("Net income was 48.9 billion yuan in the quarter.", "profit"),
    ("The founder's fortune now stands at about US$50 billion.", "net_worth"),
    ("The group said it would invest $53 billion in AI and cloud infrastructure.", "investment"),
    ("Gross merchandise volume reached 498.2 billion yuan during the festival.", "transaction_volume"),
    # a festival's or a platform's merchandise volume, "gross" left out, is what it transacts
    ("Over the three days of the sale, the event's merchandise volume reached 86 billion rupees.",
     "transaction_volume"),
    # the sales sellers made on a platform are what it transacts, however the sellers are told
    ("Sales by Polish merchants on the marketplace rose 45% last year.", "transaction_volume"),
    # a loss that narrowed by a percentage is the profit's move, though revenue was told before it
    ("Its international arm, which includes its marketplaces abroad, posted losses narrowing by 35%.", "profit"),
    # what a tax adds to a company's own costs is that company's cost, no tax
    ("Tariffs added about $800 million to Ford's costs in the third quarter, the carmaker said.", "other"),
    # a company's tourism revenue named after "at", and its sales a holiday's spending lifts, stay the company's
    ("Tourism revenue at Sands China rose to $1.8 billion in the quarter.", "revenue"),
    ("Spending during the holiday season lifted its sales to $180 billion, the retailer said.", "revenue"),
    # export revenue opening a sentence is a company's as often as a country's (only earnings or receipts are trade)
    ("Export revenue rose to 4 billion yuan in the third quarter, Haier said.", "revenue"),
    # a verb of telling before export revenue names no good whose trade it would be: the company's own
    ("Kandy Tea, a family firm listed in Colombo, said export revenue rose to 3.2 billion rupees in the half.",
     "revenue"),
    # a named place between a thing built and the relative clause of its cost leaves the cost the thing's
    ("The refiner's new terminal near Jamnagar, which will cost about 120 billion rupees, opens in 2029.",
     "investment"),
    # a bare percentage offered is a raise on the table, no money put in (a premium says its own)
    ("After a week on strike, the drivers were told the bus operator has offered 3.5% over two years.", "other"),
    # a named business that grows grows its sales: a stock rises, it does not grow
    ("Nordvik Cloud grows 28% as Nordic banks move their data off their own servers", "revenue"),
    # a good's price per tonne told by "was" is how markets quote it, no shop's or farm's price by the kilo
    ("The price of copper was $9,500 a tonne on the London Metal Exchange.", "other"),
    ("The shares finished the session at HK$231.40.", "share_price"),
    ("The stock fell 50 cents in afternoon trading.", "share_move"),
    ("Co-founders started the company with US$60,000 in 1999.", "investment"),  # money put in to found it
    ("In April the company pledged 100 billion yuan over three years to support merchants on its domestic app.",
     "investment"),
    # a sum "each for" a deed is what each of several paid for it, no price of a share
    ("The securities watchdog fined three brokers 200,000 rupees each for late disclosures.", "fine"),
    # a mall, a film or a show "which opened" on a day began, no trading session moved it
    ("The sequel, which opened Friday in 3,900 theaters, added another $64 million abroad.", "other"),
    ("The lender, which opened 1.5% higher in Hong Kong, gave up its gains by noon.", "share_move"),
    ("The payments unit expects to handle 40 billion euros of transactions next year.", "transaction_volume"),
    # what a thing built costs, told in a relative clause by who said it and when, is money spent on it
    ("The carrier is selling bonds to fund a 5G build-out that its chief executive said in March would cost more than "
     "40 billion rand.", "investment"),
    # ... or after a comma, what it cost; a thing that is not built cost no investment
    ("The port also paid for the 2009 expansion known as the Eastern Canal, which cost about $3 billion.",
     "investment"),
    ("The city opened the Harbour Bridge, which cost about 900 million rand, in 2014.", "investment"),
    ("The recall, which cost about $2 billion, dented profit.", "other"),
    # a listing in what someone said after the sum, a comma and "saying" is no listing the sum was raised in
    ("Vesta offered to buy back its convertible notes for up to $600 million, saying a listing of its unit could "
     "wait.", "investment"),
    # a contract priced by the tonne is a commodity's market whatever trading words and exchange it is told with
    ("The July contract on Bursa Malaysia Derivatives settled at RM4,105 a tonne.", "other"),
    ("Traders are betting on whether payments can keep growing above 15% once the subsidies end.", "revenue"),
    ("The new Kalmar Bay Airport, about 30 km north of the capital, is expected to cost about $4.2 billion.",
     "investment"),
    ("Engineers warned that the flooding would push the reactor's cost above the £9 billion approved in 2023.",
     "investment"),
    # a sum a company "made", told right after it, is its profit, no profit word near
    ("The bakery chain now sees a result for the year well below the £66m it made a year earlier.", "profit"),
    # a price paid "for" what the sentence's verb took, told after a long aside
    ("Tencent then transferred a 4.2 per cent stake to Halvard Capital, the family office of its co-founder Lin Wei, "
     "for about $1.1 billion.", "investment"),
    # bookings "on" a platform are what it transacts, no stock of the name
    ("Hotel bookings on Roamly, the group's online travel agency, rose 21% over the long weekend.",
     "transaction_volume"),
    # ... and so are those a platform's name tells as its own, a name the story calls a platform, an app or a site
    ("Roamly, the group's online travel platform, said Roamly's bookings of resort hotels rose 21% over the long "
     "weekend.", "transaction_volume"),
    ("The booking app Wanderlo had a busy Easter: Wanderlo's bookings of ferry crossings rose 16%.",
     "transaction_volume"),
    # ... or a marketplace known by name
    ("Allegro's bookings of holiday rentals rose 12% in the quarter, a broker estimates.", "transaction_volume"),
    # ... tickets among them: a count of tickets booked is no ticket's price
    ("The travel site Roamly said Roamly's bookings of museum tickets rose 19% during the holiday week.",
     "transaction_volume"),
    # a loss joined on by "but" to the first predicate of the name that opens the sentence is that name's loss
    ("Brightwater Foods doubled its store count in 2025, but lost $640 million over the year.", "profit"),
    # ... not a sum lost by a subject of no name
    ("Investors piled into the fund in May, but lost $2 billion when it collapsed.", "other"),
    # lots of a good bought at a price are priced by the good's unit, no stock's share (joins.tsv role=lots_bought)
    ("A Japanese trading house bought nearly all the top bales, some at more than 3,400 yen.", "other"),
    # prices "at" an auction opening the sentence are that auction's market, no level of consumer prices
    ("Prices at the fortnightly tea auction in Mombasa rose 4% on Tuesday.", "other"),
    # what all insurers face "in losses" is the industry's losses from the event, no one company's profit
    ("Japanese insurers could face about 300 billion yen in losses from the typhoon, analysts at SMBC Nikko said.",
     "other"),
    ("The carrier said it ran up $2.4 billion in losses last year.", "profit"),
    # ... while a fine they face is named by its own word
    ("South African insurers could face a 900 million rand fine over funeral policies, the regulator said.", "fine"),
    # what a platform or a site "took" of bookings passed through it, no sales of its own
    ("The ride-hailing app took about 3 billion rupees of bookings in the quarter, brokers estimate.",
     "transaction_volume"),
    ("The shipyard took $1.8 billion of bookings in the quarter.", "revenue"),
    # ... but what it "took in" is its own takings
    ("The booking app took in about 2 billion rupees of revenue in the quarter, its parent said.", "revenue"),
    # a worth only said, reported or believed is someone's estimate, no market's price of the shares
    ("Before the pandemic the chain was reported to be worth about $2 billion, people close to its owners say.",
     "valuation"),
    # a sum that "would go on" things is money to be spent on them
    ("The carmaker said the 4 billion euros would go on two battery plants and a new platform by 2030.",
     "investment"),
    # what a company ordered, told by its count, for a sum is money it spends; a court's order of a sum names no count
    ("The shipping line said it had ordered three 200-metre car carriers from a Chinese yard for about $270 million, "
     "for delivery in 2028.", "investment"),
    ("A judge ordered a refund of $2.4 million to the tenants, court records show.", "other"),
    # a sum a company recorded from another is income in its own books
    ("The 820 million rupees it recorded from its insurance affiliate in the half was well below forecasts.", "profit"),
    # what an unlisted unit could be worth is a valuation; what a listed company alone is worth is its market value
    ("Analysts at Morgan Stanley estimate the cloud business alone could be worth $220bn if it were listed separately, "
     "and argue that a spin-off could return to the agenda as soon as 2027.", "valuation"),
    ("TSMC alone is now worth more than $1.5 trillion.", "market_cap"),
    # a tax or levy paid, told in the singular with no article, is money paid, no investment
    ("The smelter said it had paid 640 million rand in levy last year and would contest the new demand.", "other"),
    ("Ryland Water paid £212m in tax in the year to March, its annual report shows.", "other"),
    # ... while a word of tax that a hyphen goes on from is another word: bonds free of tax are what money went into
    ("Retail savers put 36 billion rupees in tax-free bonds of the state power financier last year.", "investment"),
    ("The endowment holds about $900 million in tax-exempt bonds, its filing shows.", "investment"),
    # ... and a compound the pay row names with its hyphen stays pay
    ("The Jets will have about $41 million in salary-cap space next season, the team's filings suggest.", "other"),
    # a shipping or bus line that loses a sum is a company told by its noun, as an airline is
    ("The state-run ferry line lost 1.4 billion pesos last year, its auditors said.", "profit"),
    # what a company builds that was planned costs what is put in, "build a" taking the "a" of "a planned"
    ("The feed mill said it would build a planned 12 million euro pellet line next spring.", "investment"),
    # a company's bottom line is its profit
    ("The bottle maker's bottom line shrank 9% in the half as gas bills rose.", "profit"),
]


@pytest.mark.parametrize("sentence, kind", KINDS)
def test_the_words_around_a_figure_decide_its_kind(sentence, kind):
    assert one(sentence).market_kind == kind


@pytest.mark.parametrize("sentence", [
    "The Kospi's losses narrowed to 0.6% by midday as chipmakers recovered.",
    "The Hang Seng index's losses narrowed to 0.4% by the lunch break, while the yuan steadied.",
])
def test_losses_that_narrow_to_a_percentage_are_a_market_s_move_no_profit(sentence):
    # only a loss narrowing "by" a percentage is the profit's move (kinds.tsv)
    assert one(sentence).market_kind != "profit"


SAME_COMPANY_VALUES = [
    ("Meituan, which was worth $400 billion at its peak in February 2021, is now valued at about $82 billion.",
     ["market_cap", "market_cap"]),
    ("Meituan was worth $400 billion in February 2021. A listing could value Ant at about $80 billion.",
     ["market_cap", "valuation"]),
]


@pytest.mark.parametrize("text, kinds", SAME_COMPANY_VALUES)
def test_a_company_valued_in_the_sentence_that_told_its_market_worth_is_valued_on_the_market(text, kinds):
    assert [m.market_kind for m in find_money(text)] == kinds


def test_a_market_word_after_a_comma_that_leads_to_a_later_figure_is_that_figures():
    found = find_money("Alibaba was up 1.21 per cent at HK$128.2 in Hong Kong, with its latest market "
                       "capitalisation of HK$468.3 bn.")
    assert [m.market_kind for m in found] == ["share_move", "share_price", "market_cap"]


def test_a_company_that_moves_after_another_figures_market_word_is_a_stock_move():
    found = find_money("Tencent's market capitalisation reached HK$4.5 trillion, while Meituan rose 1.43 per cent "
                       "to HK$110.")
    assert [m.market_kind for m in found] == ["market_cap", "share_move", "share_price"]
    assert one("Sales at Alibaba rose 5% in the quarter.").market_kind == "revenue"


def test_labels_on_one_line_each_name_the_figure_after_them():
    found = find_money("Alibaba (BABA) Market cap: $375bn Price: $155.20 52-week range: $95.70 - $192.67")
    assert [(m.amount, m.market_kind) for m in found] == [
        (375e9, "market_cap"), (155.2, "share_price"), (95.7, "share_price"), (192.67, "share_price")]


def test_the_level_a_profit_rose_to_is_profit_though_revenue_is_named_next():
    found = find_money("Ant's net profit for the six months to June rose 1,000% to Rmb21.9bn, and its revenue "
                       "jumped 38% to Rmb72.5bn.")
    assert [m.market_kind for m in found] == ["profit", "profit", "revenue", "revenue"]


def test_money_raised_with_bonds_is_an_investment_and_a_bond_yield_is_not_money():
    assert one("Alibaba said it would issue $5 billion of exchangeable bonds due 2032.").market_kind == "investment"
    assert find_money("The yield on the benchmark 30-year Treasury bond fell to 5.92 percent from 5.93 percent.") == []


def test_depositary_receipts_listed_anywhere_are_the_stock():
    assert one("The company's American depositary receipts slid 4% in premarket trading in New York on "
               "Tuesday.").market_kind == "share_move"
    assert one("Its global depositary receipts gained 1.2% in London.").market_kind == "share_move"


def test_a_low_or_a_high_said_before_an_amount_is_where_the_stock_traded():
    found = find_money("Alibaba had more than doubled from a low of HK$72 in January 2024 through the end of October.")
    assert [(m.market_kind, m.amount, m.currency) for m in found if m.amount] == [("share_price", 72.0, "HKD")]
    found = find_money("They have lost about 60% from a peak of $317.14 in October 2020.")
    assert [m.market_kind for m in found] == ["share_move", "share_price"]


def test_a_trigger_inside_an_aside_does_not_name_a_figure_outside_it():
    found = find_money("For perspective, the surge (on the back of a US$2.7b fine) adds around US$40b "
                       "to the group's market cap.")
    assert [m.market_kind for m in found] == ["fine", "market_value_change"]


# --- mentions without a figure ------------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, direction", [
    ("For instance, Alibaba's stock would jump if Ma was spotted somewhere.", "share_move", "up"),
    ("On a cold November evening in Shanghai in 2020, the world's largest IPO was abruptly canceled "
     "by Chinese regulators.", "ipo", ""),
    ("Past tensions with Beijing, such as the 2020 Ant Group IPO cancellation, highlighted the risks.", "ipo", ""),
    ("Shares of the e-commerce giant tumbled after the announcement.", "share_move", "down"),
    ("Investors cheered, and a more recent rally has restored some of its value.", "share_move", "up"),
    ("The company's valuation has tumbled as investors soured on its biggest deal.", "valuation", "down"),
    ("The group has lost much of its market value as regulators tightened their grip.", "market_value_change", "down"),
    # a listing only hoped for is still one, as the contract reads "IPO" alone
    ("Its founder would not say when the grocer might pursue a stock market listing, which advisers have said could "
     "come as early as 2028.", "ipo", ""),
])
def test_a_stock_valuation_or_offering_phrase_without_a_figure_is_a_mention(sentence, kind, direction):
    mention = one(sentence)
    assert (mention.market_kind, mention.direction, mention.amount, mention.percent) == (kind, direction, None, None)


def test_a_sentence_with_a_figure_gets_no_extra_figureless_mention():
    found = find_money("Since the IPO cancelation, more than $400 billion has been wiped off Alibaba's value, "
                       "even with a more recent rally.")
    assert [m.text for m in found] == ["$400 billion"]


@pytest.mark.parametrize("sentence", [
    "Gen. Abacha's supporters began a rally in the capital.",
    "Market makers in Nasdaq over-the-counter stocks are the ones who complain about program trading.",
    "Heritage Media Corp. offered to buy the shares of POP Radio Corp. it doesn't already own.",
    "Alibaba's market share has slipped as PDD grew.",
    "Westinghouse expects double-digit per-share earnings growth next year.",
    "The number of stocks on the New York Stock Exchange that fell in price yesterday exceeded 1,000.",
    "He shares his data with partners and investors.",
    "Its market value has been questioned by some analysts.",
])
def test_a_figureless_phrase_that_is_not_about_a_stock_is_not_a_mention(sentence):
    assert find_money(sentence) == []


def test_billions_of_dollars_keeps_its_currency_and_no_invented_amount():
    mention = one("The whole company is mobilized as billions of dollars are transacted across its platforms "
                  "in a short space of time.")
    assert (mention.text, mention.currency, mention.amount, mention.market_kind) == (
        "billions of dollars", "USD", None, "transaction_volume")


def test_a_multibillion_dollar_fine_is_vague():
    mention = one("They believed the multibillion dollar fine marked the end of the focus on the company.")
    assert (mention.currency, mention.amount, mention.market_kind) == ("USD", None, "fine")


def test_a_size_word_right_after_chinese_characters_is_read_from_its_own_first_letter():
    mention = one("阿里巴巴billions of dollars were wiped off its value.")
    assert (mention.text, mention.currency, mention.amount) == ("billions of dollars", "USD", None)
    assert find_money("阿里巴巴billionaire Jack Ma") == []

# --- not money ------------------------------------------------------------------------------

def test_the_level_a_share_of_a_whole_came_from_is_a_share_too():
    assert find_money("Digital payments accounted for 36% of revenue, down from 55% a year earlier.") == []
    found = find_money("Its market share fell to 40%, from 45% a year ago, while Alibaba shares rose 2%.")
    assert [m.percent for m in found] == [2.0]


@pytest.mark.parametrize("sentence", [
    # counts, ranks, stakes, rates and weights
    "This holistic approach allows Alibaba to test and deploy AI solutions at scale, leveraging its 1 billion+ "
    "annual active consumers to refine algorithms and improve accuracy.",
    "Latest Top 10 FAQs About Alibaba's AI Revolution",
    "The listing would have made more than 18 billionaires among early employees.",
    "Ma owns 4.2% of Alibaba, which in turn holds roughly a third of the payments group.",
    "Norton and Texas Eastern had each held a 50% stake in Eastman in a joint venture.",
    "The co-founder trimmed his stake in the group to 4.8% from 6.4% over the year.",
    "Hotels are only thirty percent full, and 40 percent of exports go to Iraq.",
    "China's economy grew 5.2% last year.",
    "Meanwhile, personal income edged up 0.3%.",
    "The yield on the benchmark 30-year Treasury bond fell to 5.92 percent from 5.93 percent.",
    "The battle for the data of 1.3 billion Indians could become a two-horse race.",
    "Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosive.",
    "The 56-year-old former English teacher founded the company in 1999 with 17 friends.",
    "The company, which is 92%-owned by Ogden Corp., said nothing.",
    "The shop sold 5 PC games and 3 pc sets last week.",
    "The group began raising its Milton Roy stake in July, and holds 14.6%, according to a recent filing.",
    "Hedge funds' net leverage stood at 55%, Goldman Sachs said in a note.",
    "Monthly active users of Taobao rose 5% to 900 million in the quarter.",
    "The number of 88VIP members grew 15% to over 50 million.",
    "Employee numbers fell 12% to 194,320 as the group cut jobs, and its headcount fell by 20% in two years.",
    "Passenger traffic jumped 14% in the quarter.",
    "The Hang Seng Tech Index has a 9% weighting in Alibaba.",
    "The dollar rose to 157.20 yen in Tokyo, and one US dollar bought 7.29 yuan in Shanghai.",
    # trade imports and the size of an economy are not a company's money
    "A decade ago, China imported more than $200 billion worth of chips a year, more than it spent on oil.",
    "That bill has kept rising: imports reached $385 billion in 2024, customs data show.",
    "China's GDP reached 134.9 trillion yuan in 2024, and its trade surplus widened to $99 billion in November.",
    # bank ratios, emissions, unit sales, a market's box office and monthly prices
    "Net interest margin, the bank's key measure of lending profitability, widened 6 basis points to 1.84 per cent in "
    "the March half.",
    "Its common equity tier 1 ratio, a measure of capital strength, was 12.3 per cent, comfortably above the "
    "regulator's 11.25 per cent benchmark.",
    "China announced in September 2025 that it would cut its net greenhouse gas emissions by 7% to 10% from peak "
    "levels by 2035.",
    "The company said February sales rose 12% to 198,000 units.",
    "The growers' federation expects the apple crop to rise 9% to 41 million boxes this season.",
    "The domestic box office for 2025 stands at $8.46 billion, up 2% from 2024 but still about 24% below 2019.",
    "Overall, ticket sales for the weekend totalled about $168 million, up 18% from the same weekend a year ago.",
    "Yes, the Premium Individual plan goes up to \u20ac11.99 a month from \u20ac10.99 starting March 1.",
    # a public body's finances, an economy's losses, pay, prices and volumes
    "Riverton council passes $4.1 billion FY2027 budget, closes $212 million gap",
    "The budget assumes the city will sell $350 million of general obligation bonds in September.",
    "Riverton has closed a gap in each of the last four years; in fiscal 2025 the shortfall reached $268 million.",
    "The rainy-day fund will fall to $180 million by the end of FY2027.",
    "The council restored $4.2 million for library hours, paying for it with a 50-cent increase in parking fees.",
    "The Riverton school district, which sets its own budget, approved a $1.9 billion spending plan on June 2.",
    "City revenue is projected to grow only 1.9%, as sales-tax receipts have flattened.",
    "Police and firefighter unions have been promised a 2.5% raise.",
    "The median homeowner will pay about $3,480 in property tax.",
    "A family of four in the valley would pay about $210 more a year on its water bill under the proposal.",
    "An average household on the new tariff will pay £96 less, the regulator said.",
    "Under the new rates, the typical homeowner will pay about $2,940 next year, up $75 from this year.",
    "The strike shut terminals that handle about C$800 million worth of goods a day.",
    "The strike has already cost C$5.5 billion in delayed trade, and each further week would shave C$7.7 billion off "
    "output.",
    "The walkout shaved 0.1 percentage point from third-quarter growth, the Bank of Canada said.",
    "The Vancouver Fraser Port Authority, a federal agency, said it was losing C$3 million a day in fees.",
    "Maersk said it would impose a congestion surcharge of $1,000 per container on cargo bound for Vancouver.",
    "The offer includes a one-time C$5,000 signing bonus per worker.",
    "European grindings, a gauge of demand, fell 4.8% in the fourth quarter.",
    "Arrivals at the country's ports reached 1.21 million tonnes by Jan. 11, up 4% from a year earlier.",
    "The chocolate maker said it expected volumes to fall about 5% in its fiscal year.",
    "The 2011 Durbin Amendment capped debit interchange fees at 21 cents for large banks.",
    "Skier days, the industry's main count of visits, rose 4% to 5.82 million in the 2024/25 season.",
    "Canada's economy grew 0.1% in November, Statistics Canada said on Friday, after shrinking 0.3% in October.",
    "If Xiaomi meets its target of 350,000 deliveries this year, and the average price falls 10%, margins would "
    "shrink.",
    "The company cut the price of its earlier K1 model to 88,000 yuan on Jan. 5, by 30%.",
    # a share of a crop a place grows moves nothing
    "The Hawke's Bay region, which grows about 60% of the country's apples, lost power for two days.",
])
def test_counts_ranks_stakes_rates_weights_trade_an_economy_bank_ratios_and_unit_sales_are_not_money(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, percent", [
    ("- Baht: members said the currency's 8% rise against the dollar since the start of the year had hurt exporters.",
     8.0),
])
def test_people_who_tell_of_a_move_are_no_count_that_moved(sentence, percent):
    assert [(m.percent, m.direction) for m in find_money(sentence)] == [(percent, "up")]


@pytest.mark.parametrize("sentence", [
    "\"A price war is back,\" said Li Wen, who expects Qingfeng's gross margin to fall to about 14% in the second "
    "quarter from 16.8% in the fourth quarter of 2025.",
    "Sales reached about 1.1 billion francs, according to estimates by Zurich bank Lombard Hofer, which puts operating "
    "margins above 30%.",
    "Give it an operating margin of 15%, in line with what Amazon Web Services earned in 2014.",
    "Kantar said take-home grocery sales across the market rose 4.1 per cent over the four weeks to 28 December, the "
    "highest December spend on record at \u00a314.2bn.",
    "Industry tracker PlayMetrics said on Thursday that US spending on video game content fell 3% in October from a "
    "year earlier, to $4.1 billion.",
    "China's passenger car association estimates that retail sales of new-energy vehicles rose 18% in the first three "
    "weeks of March.",
    "A separate estimate from a private forecaster put total damage and economic loss at $28 billion to $32 billion.",
    "Reinsurance prices, which rose by as much as 50% at the renewals on Jan. 1, 2023, had been falling this year.",
    "In November 2024, the finance ministry launched a 10 trillion yuan program to swap hidden local government debt "
    "into lower-cost official bonds over five years.",
    "It raised prices on about a fifth of its autumn and winter range by an average of 6%.",
    "Hana Cloud said on Monday it would cut the list price of its managed database and storage services in Latin "
    "America by as much as 30%.",
    "Buyers who place orders before April 30 would get home charging equipment worth 3,999 yuan free.",
    "The sector's peak trading period was helped by Christmas Day falling on a Thursday, which gave shoppers a full "
    "weekend beforehand to stock up.",
])
def test_company_margins_market_wide_sales_public_programmes_and_product_prices_make_no_row(sentence):
    assert [m.text for m in find_money(sentence) if "francs" not in m.text] == []


@pytest.mark.parametrize("sentence, kinds", [
    ("Harlow Peak Capital said on Wednesday it had closed its fourth direct lending fund at $6.2 billion.",
     {"$6.2 billion": "investment"}),
    ("Ostrander Credit said last month that its asset-based finance fund had closed at $3.3 billion.",
     {"$3.3 billion": "investment"}),
    ("Carrick Lane held a first close of its third European senior debt fund at 1.1 billion euros on Dec. 19 and is "
     "aiming for a final close of 2.5 billion euros by the end of June.",
     {"1.1 billion euros": "investment", "2.5 billion euros": "investment"}),
    ("Meranti Capital launched its first Asia-Pacific private credit strategy with $750 million of seed capital from "
     "its parent.", {"$750 million": "investment"}),
    ("Private credit funds raised $181 billion globally in 2025, down 14% from 2024, according to Fundtrack.", {}),
    ("Blackstone's private credit funds raised $18 billion in 2025, up 14% from 2024.",
     {"$18 billion": "investment", "14%": "investment"}),
])
def test_a_fund_s_close_is_money_committed_but_a_kind_of_fund_s_industry_total_makes_no_row(sentence, kinds):
    assert kind_by_text(sentence) == kinds


def test_a_film_s_or_a_festival_s_own_ticket_sales_and_a_monthly_sum_with_a_magnitude_stay_money():
    assert kind_by_text("Last year's festival drew a record 52,000 people and took \u00a311.8m in ticket sales, "
                        "up 14% from 2024.") == {"\u00a311.8m": "revenue", "14%": "revenue"}
    assert [m.text for m in find_money("The thriller has since taken $38.6 million at the global box office.")] == [
        "$38.6 million"]
    assert [m.text for m in find_money("The startup is burning $50 million a month.")] == ["$50 million"]
    assert kind_by_text("Carbon prices in Europe's emissions trading system rose 2.1% to 74.30 euros a tonne.") == {
        "2.1%": "other", "74.30 euros": "other"}


def test_what_a_company_exports_is_its_money():
    assert one("The company exported more than $1 billion of cloud services to Southeast Asia, its cloud unit "
               "said.").amount == 1e9
    assert one("Exports slowed, but Alibaba's revenue rose to $30 billion.").market_kind == "revenue"


def test_futures_of_a_crop_the_tables_do_not_name_move_as_other_not_as_a_share():
    mentions = find_money("Shares of Wilmar rose 1% on Friday, while Chicago oat futures climbed 3.4 percent.")
    assert [m.market_kind for m in mentions] == ["share_move", "other"]


@pytest.mark.parametrize("sentence", [
    "The port authority's deficit was now estimated at about $12 million for the year to June.",
    "Under the plan, peak rail fares would rise from $4.10 to $4.60 in two steps.",
])
def test_a_public_bodys_projected_deficit_and_a_fares_rise_to_a_new_price_are_not_money(sentence):
    assert find_money(sentence) == []


def test_a_companys_pension_deficit_told_as_projected_is_still_money():
    assert find_money("The retailer's pension deficit is projected at £40 million.") != []


def test_what_consumers_spend_is_not_money_but_what_a_company_spends_is():
    assert find_money("Chinese consumers spent Rmb1.8tn online in the first quarter, up 6.3% from a year earlier, "
                      "according to the National Bureau of Statistics.") == []
    assert one("Alibaba will spend 380 billion yuan on AI infrastructure over three years.").amount == 380e9
    assert one("Shoppers spent a record 268.4 billion yuan ($38.4 billion) during Alibaba's Singles Day shopping "
               "festival.").amount == 268.4e9
    assert one("Consumers spent 372.3 billion yuan in the first 30 minutes on Nov. 11, Alibaba said.").amount == 372.3e9


def test_the_level_a_statistic_moved_to_is_not_money_but_a_price_after_a_discount_is():
    assert find_money("Retail sales rose 3.2% to 4.1 trillion yuan in October, and exports rose 8% to "
                      "$300 billion.") == []
    assert find_money("China's exports rose 8.3% in October from a year earlier to $309 billion, customs data "
                      "showed.") == []
    assert find_money("Exports of integrated circuits jumped 23% to $15.9 billion.") == []
    assert find_money("China's retail sales rose 2.9 per cent year on year in October, slowing from 3 per cent in "
                      "September, the National Bureau of Statistics said.") == []
    found = find_money("China's exports rose 8% in October as Alibaba climbed to HK$160.50.")
    assert [m.amount for m in found] == [160.5]
    found = find_money("Alibaba priced the shares at a 10% discount to HK$100.")
    assert [m.amount for m in found] == [None, 100.0]


def test_what_economists_expected_of_a_statistic_is_a_statistic_too_and_an_expected_revenue_is_revenue():
    assert find_money("The producer price index jumped 0.9% in July, the biggest rise since June 2022, the Labor "
                      "Department said earlier today, against economists' forecasts of 0.2%.") == []
    found = find_money("Revenue rose 9% in the quarter, against analysts' forecasts of 7%.")
    assert [(m.text, m.market_kind) for m in found] == [("9%", "revenue"), ("7%", "revenue")]


def test_a_count_that_opens_its_sentence_and_moves_is_not_money_however_long_the_sentence():
    found = find_money("The number of brands with gross merchandise volume (GMV) of over 100 million yuan rose "
                       "16 percent year on year.")
    assert [m.percent for m in found] == [None]
    assert find_money("Parcels handled by couriers on Nov. 11 rose 20 percent to 777 million.") == []
    found = find_money("Orders for the new phones were strong, and Alibaba shares rose 3% in Hong Kong.")
    assert [m.percent for m in found] == [3.0]
    found = find_money("Exports to the US fell 25 per cent and Alibaba rose 3 per cent.")
    assert [m.percent for m in found] == [3.0]


def test_trade_between_countries_is_a_statistic_however_it_is_told():
    assert find_money("Bilateral trade reached 43.8 billion U.S. dollars in 2024, up 6.2 percent year on year, "
                      "according to Chinese customs data.") == []
    assert find_money("In the first five months of this year, trade rose a further 4.5 percent, the Ministry of "
                      "Commerce said.") == []
    assert find_money("A decade ago, annual trade stood at just over 14 billion dollars.") == []
    assert find_money("Trade reached 43.8 billion U.S. dollars in 2024.") == []
    assert find_money("China's exports reached 3.5 trillion U.S. dollars in 2024.") == []
    assert find_money("Exports rose to 300 billion dollars in May.") == []
    # a stock's trading session or a block trade is no statistic
    found = find_money("In morning trade, Alibaba rose 3% to HK$120.")
    assert [m.market_kind for m in found] == ["share_move", "share_price"]
    assert one("A block trade was priced at HK$12 a share.").market_kind == "share_price"


def test_crypto_prices_are_figures_of_the_whole_market_not_a_company_s_stock():
    found = find_money("Bitcoin rose 2.4% to $108,500 on Monday.")
    assert [(m.percent, m.amount, m.market_kind) for m in found] == [(2.4, None, "other"), (None, 108500.0, "other")]
    found = find_money("Ether slipped 1.4% to $4,470.")
    assert [(m.percent, m.amount, m.market_kind) for m in found] == [(-1.4, None, "other"), (None, 4470.0, "other")]
    # a cryptocurrency that opens its sentence is the subject of the price it trades at (round 53)
    assert [(m.amount, m.market_kind) for m in find_money("Bitcoin traded at $115,080 at 2 p.m.")] == [
        (115080.0, "other")]
    assert find_money("Bitcoin rally lifts crypto stocks; oil slides") == []
    found = find_money("Alibaba shares rose 3% to HK$120 as bitcoin climbed.")
    assert [m.market_kind for m in found] == ["share_move", "share_price"]


def test_a_commodity_s_price_and_its_move_are_figures_of_the_whole_market():
    found = find_money("Oil companies had shut in about a third of Gulf of Mexico output, and crude oil futures rose "
                       "31 cents to $15.87 a barrel on the New York Mercantile Exchange on Monday.")
    assert [(m.amount, m.market_kind, m.direction) for m in found] == [(0.31, "other", "up"), (15.87, "other", "")]
    assert [(m.amount, m.market_kind) for m in find_money("Brent crude rose to $85 a barrel on Monday.")] == [
        (85.0, "other")]
    found = find_money("Officials blamed the weather and high gas prices, which hit a record of $4.11 a gallon "
                       "nationally in mid-July.")
    assert [(m.amount, m.market_kind) for m in found] == [(4.11, "other")]
    found = find_money("Gold climbed 1.5% and traded at $2,650 an ounce.")
    assert [(m.percent, m.amount, m.market_kind) for m in found] == [(1.5, None, "other"), (None, 2650.0, "other")]
    found = find_money("Brent crude futures slid 1.4% to $63.20 a barrel and West Texas Intermediate dropped "
                       "to $59.80.")
    assert [(m.percent, m.amount, m.market_kind) for m in found] == [
        (-1.4, None, "other"), (None, 63.2, "other"), (None, 59.8, "other")]
    # a company's figure said of a commodity stays the company's, and a company that moves is its stock
    found = find_money("Profit from coal fell to $41 million from $58 million, partly because of a miners' strike.")
    assert [(m.amount, m.market_kind) for m in found] == [(41e6, "profit"), (58e6, "profit")]
    assert one("The Dallas oil and gas concern said that $10 million of the facility would repay debt.").amount == 10e6
    assert one("Oil giant Aramco fell 2% in Riyadh.").market_kind == "share_move"
    found = one("Exxon Mobil, the oil major, fell 2% on Monday.")
    assert (found.market_kind, found.subject) == ("share_move", "Exxon Mobil")
    found = find_money("PetroChina shares rose 3% as oil prices climbed 2%.")
    assert [(m.percent, m.market_kind) for m in found] == [(3.0, "share_move"), (2.0, "other")]
    assert one("Gold Fields rose 3% in Johannesburg.").percent == 3.0


def test_what_a_whole_shopping_festival_sold_is_its_transaction_volume_but_a_company_s_sales_are_revenue():
    found = find_money("Sales during this year's Singles Day shopping festival, which ended on Monday, rose 2.5% "
                       "from last year, according to consultancy Syntun.")
    assert [(m.percent, m.market_kind) for m in found] == [(2.5, "transaction_volume")]
    assert find_money("Sales across the industry during the holiday season rose 3% from last year.") == []
    found = find_money("Sales on JD.com rose 8% during the festival, while Alibaba's revenue in the quarter, which "
                       "ended Sept. 30, rose 5%.")
    assert [(m.percent, m.market_kind) for m in found] == [(8.0, "revenue"), (5.0, "revenue")]
    assert one("Sales on Alibaba's platforms during Singles Day rose 5%.").percent == 5.0


@pytest.mark.parametrize("festival", ["the 618 shopping festival", "the 618 festival", "the 11.11 sale",
                                      "this year's 12.12 festival", "Double 12"])
def test_a_shopping_festival_named_by_its_date_in_digits_and_a_noun_is_a_festival(festival):
    text = f"Sales during {festival} rose 7% to 41 billion pesos, the data firm said."
    assert kinds_of(text) == [("7%", "transaction_volume"), ("41 billion pesos", "transaction_volume")]


def test_a_sum_forecast_with_its_own_noun_and_then_its_period_keeps_its_own_kind():
    assert kinds_of("The miner spent $62 million on exploration last year and expects 20 million dollars in "
                    "charges each year.")[1] == ("20 million dollars", "other")

def test_what_a_company_sells_of_its_goods_a_year_is_revenue_but_bonds_or_a_stake_it_sells_are_not():
    assert kinds_of("Corvane, which sells about $640 million of lawn mowers, trimmers and leaf blowers a year, "
                    "recalled 90,000 machines on Friday.") == [("$640 million", "revenue")]
    assert kinds_of("The province sells about $3 billion of bonds each year to fund its roads.") != [
        ("$3 billion", "revenue")]
    assert kinds_of("Corvane sells about $640 million of its stake in the venture a year.") != [
        ("$640 million", "revenue")]
    # (joins.tsv role=goods_of: "worth of" ties a sum to its goods as "of" does)
    assert kinds_of("Brenholt, which sells about $95 million worth of rugs and lamps a year, cut 40 jobs.") == [
        ("$95 million", "revenue")]


def test_goods_the_company_itself_has_sold_worth_a_sum_are_its_sales_but_shares_or_properties_it_sold_are_not():
    assert kinds_of("The miner has sold copper concentrate worth about $640 million so far this year.") == [
        ("$640 million", "revenue")]
    assert kinds_of("The company sold shares worth $500 million to a group of pension funds.") != [
        ("$500 million", "revenue")]
    assert kinds_of("The group has sold office properties worth $2 billion since March.") != [
        ("$2 billion", "revenue")]


def test_the_spending_of_a_group_told_after_what_that_group_spent_on_a_platform_is_the_platform_s_volume_too():
    told = ("Polish shoppers spent 2.4 billion zloty on the app in the spring, up 21 per cent from a year earlier. "
            "Czech shoppers' spending climbed 14 per cent over the same months.")
    assert [(m.percent, m.market_kind) for m in find_money(told)][-1] == (14.0, "transaction_volume")
    assert find_money("Czech shoppers' spending climbed 14 per cent over the same months.") == []


def test_a_groups_spending_on_goods_after_what_it_spent_on_a_platform_is_no_platform_volume():
    told = "Polish shoppers spent 2.4 billion zloty on the app in the spring, up 21 per cent from a year earlier. "
    assert [m.text for m in find_money(told + "Czech shoppers' spending on furniture fell 6 per cent over the same "
                                       "months.")] == ["2.4 billion zloty", "21 per cent"]
    found = find_money(told + "Czech shoppers' spending on the app climbed 14 per cent over the same months.")
    assert [(m.text, m.market_kind) for m in found][-1] == ("14 per cent", "transaction_volume")


def test_a_groups_spending_on_a_name_is_a_platform_s_volume_only_when_the_story_told_that_name_as_a_platform():
    told = "Hungarian buyers spent 96 billion forints on Kosarix over the winter, up 17 per cent from a year before. "
    spent = "Slovak buyers' spending on {} rose 9 per cent over the same months."
    found = find_money(told + spent.format("Kosarix"))
    assert [(m.text, m.market_kind) for m in found][-1] == ("9 per cent", "transaction_volume")
    for goods in ("Christmas gifts", "Italian wine", "Vinomar"):  # goods, or a name never told as a platform
        assert [m.text for m in find_money(told + spent.format(goods))] == ["96 billion forints", "17 per cent"]


def test_index_weights_fee_rates_ranges_of_a_whole_and_token_prices_are_not_market_figures():
    found = find_money("Alibaba will have a 9.8% weighting in the Hang Seng Index after the rebalancing, while "
                       "Tencent Holdings' weight will be capped at 8%. Alibaba shares rose 2.1% to HK$125.6.")
    assert [m.market_kind for m in found] == ["share_move", "share_price"]
    assert find_money("The Tracker Fund of Hong Kong charges a management fee of 0.05%.") == []
    assert [m.amount for m in find_money("The regulator may impose fines of between 1% and 10% of a company's "
                                         "sales; Meituan was fined 3.44 billion yuan.")] == [3.44e9]
    assert find_money("The buybacks resulted in a net reduction of 5.1% in our outstanding shares.") == []
    assert find_money("The price for input tokens fell to 0.5 yuan per million tokens, compared with $2.50 per "
                      "million tokens for GPT-4o and $15 per million output tokens.") == []
    found = find_money("Alibaba Cloud's revenue rose 26% to RMB33.4 billion as it sold more tokens.")
    assert [m.amount for m in found] == [None, 33.4e9]


def test_a_cut_in_the_price_of_a_product_is_not_a_market_figure_but_one_in_its_shares_is():
    found = find_money("Alibaba cut prices of its AI models by up to 85%, and its shares rose 3%.")
    assert [m.percent for m in found] == [3.0]
    assert find_money("Alibaba Cloud offered price cuts of up to 97% on its storage products.") == []
    # a cut is a fall (movements.tsv place=by)
    assert one("The company cut the price of its shares by 5% in the offering.").percent == -5.0


def test_the_price_of_a_product_or_service_is_not_a_market_figure_but_the_price_of_shares_is():
    assert find_money("The Quark AI glasses will go on sale in China on Dec. 12 at a starting price of 1,899 yuan "
                      "($267), and in overseas markets next year, the company said.") == []
    assert find_money("Xiaomi launched a rival model in June, priced from 1,999 yuan.") == []
    assert find_money("In Pakistan, Daraz sells goods priced at under 1,000 rupees.") == []
    assert find_money("Nvidia's H20 chips sell for about $12,000 each in China.") == []
    assert find_money("The premium tier, which costs $20 a month, and a monthly subscription of 29 yuan buy "
                      "different plans.") == []
    found = find_money("Operating costs RMB12.3 billion, up 5% year over year.")
    assert [(m.amount, m.percent) for m in found] == [(12.3e9, None), (None, 5.0)]
    found = find_money("In 2014 Alibaba raised $25 billion in its New York IPO, priced at $68 a share.")
    assert [(m.amount, m.market_kind) for m in found] == [(25e9, "ipo"), (68.0, "share_price")]
    assert one("The Hong Kong portion was priced at HK$80 per share.").market_kind == "share_price"
    found = find_money("Ant priced its shares at HK$80, an offer price of $68, and Morgan Stanley has a price "
                       "target of $180.")
    assert [m.amount for m in found] == [80.0, 68.0, 180.0]


def test_an_index_move_is_the_whole_markets_but_a_company_that_moves_near_it_is_its_stock():
    assert one("The Hang Seng Index ended down 1.7%, its third straight loss.").market_kind == "other"
    assert one("In New York, the S&P 500 slipped 0.4% on Friday.").market_kind == "other"
    found = find_money("The Hang Seng Tech index rose 2.3%, with Alibaba up 4%.")
    assert [(m.percent, m.market_kind) for m in found] == [(2.3, "other"), (4.0, "share_move")]
    found = find_money("Alibaba rose 4% as the Hang Seng Index gained 1%.")
    assert [(m.percent, m.market_kind) for m in found] == [(4.0, "share_move"), (1.0, "other")]
    found = find_money("Alibaba shares fell 3% while the Hang Seng Index ended down 1.7%.")
    assert [(m.percent, m.market_kind) for m in found] == [(-3.0, "share_move"), (-1.7, "other")]
    found = find_money("Xiaomi, which will join the Hang Seng China Enterprises Index, jumped 5.5% to HK$33.05.")
    assert [m.market_kind for m in found] == ["share_move", "share_price"]
    found = find_money("On the mainland, the CSI 300 Index fell 0.6%, Japan's Nikkei 225 added 0.8% and South "
                       "Korea's Kospi fell 1.1%, while the MSCI China index added 0.6%.")
    assert [m.market_kind for m in found] == ["other"] * 4


def test_an_index_whose_name_holds_no_index_word_moves_as_the_market_but_before_a_companys_noun_names_a_member():
    assert one("The mid-cap FTSE 250 closed 1.9% lower on Thursday as gilt yields rose.").market_kind == "other"
    assert one("Wall Street's Russell 2000 of smaller companies gained 2.4% on Tuesday.").market_kind == "other"
    found = find_money("Shares in the FTSE 250 retailer slumped 9.3% to 214p after it cut its profit forecast.")
    assert [(m.percent, m.market_kind) for m in found] == [(-9.3, "share_move"), (None, "share_price")]
    found = find_money("Shares in Harcastle, the FTSE 100 insurer, rose 1.2% on Monday and have gained 14% this year.")
    assert [(m.percent, m.market_kind) for m in found] == [(1.2, "share_move"), (14.0, "share_move")]


def test_an_index_named_by_its_full_name_in_a_relative_clause_moves_as_the_index_not_as_the_stock_it_is_outpaced_by():
    found = find_money("Kirin Foods shares rose 3.8% to 1,905 yen on Friday, outpacing the Nikkei Stock Average, "
                       "which closed 0.5% lower.")
    assert [(m.percent, m.market_kind) for m in found] == [
        (3.8, "share_move"), (None, "share_price"), (-0.5, "other")]


def test_a_company_named_before_a_relative_clause_or_a_description_is_the_one_that_moves():
    found = find_money("Ocado, the UK online grocery group, fell 4.2 per cent in London on Monday, while the FTSE 100 "
                       "closed down 0.6 per cent.")
    assert [(m.percent, m.market_kind) for m in found] == [(-4.2, "share_move"), (-0.6, "other")]
    found = find_money("Meituan, which reported a net loss of 18.6 billion yuan for the third quarter, sank 5.2 per "
                       "cent to HK$98.15, its lowest close since March.")
    assert [m.market_kind for m in found] == ["profit", "share_move", "share_price"]


def test_a_market_word_after_a_later_figure_or_in_another_word_is_not_this_figures():
    found = find_money("Alibaba slumped 5.4% to HK$152.30, wiping about HK$160 billion off its market value.")
    assert [m.market_kind for m in found] == ["share_move", "share_price", "market_value_change"]
    assert one("The deal would value the London-based start-up at about £2.4bn.").market_kind == "valuation"


def test_an_analysts_target_and_the_upside_it_implies_are_about_the_stock():
    found = find_money("Jefferies raised its target to $210 from $178, while JPMorgan kept its neutral rating and "
                       "HK$165 target.")
    assert [m.market_kind for m in found] == ["share_price"] * 3
    found = find_money("The new target implies upside of about 40% from Friday's close of HK$157.60.")
    assert [(m.percent, m.market_kind) for m in found] == [(40.0, "share_move"), (None, "share_price")]


def test_the_earlier_level_of_an_ownership_a_funds_weighting_and_the_rate_a_currency_stands_at_are_not_money():
    assert find_money("Mainland funds now own 11.2% of Alibaba's Hong Kong shares, up from 7.8% at the start of "
                      "the year.") == []
    assert find_money("Emerging-market funds remain underweight Chinese stocks by about 2.5 percentage points, and "
                      "hedge funds' net exposure to China rose to 9.8%.") == []
    found = find_money("The euro was flat at $1.16 and sterling rose 0.2 per cent to $1.32.")
    assert [(m.text, m.market_kind) for m in found] == [("0.2 per cent", "other")], "the move only, not the rate"
    assert find_money("Its new Quark AI glasses will retail for 3,999 yuan when they go on sale in December.") == []
    assert one("Alibaba also sold its stake in Sun Art Retail for HK$13.1 billion.").amount == 13.1e9


def test_what_a_whole_exchange_traded_and_the_level_it_moved_from_are_not_money_but_a_companys_turnover_is():
    assert find_money("Turnover on the main board shrank to HK$210.5 billion from HK$245 billion on Friday.") == []
    assert find_money("Market turnover in Hong Kong rose 12% from the previous session.") == []
    found = find_money("Alibaba's turnover rose 5% to RMB240 billion.")
    assert [m.market_kind for m in found] == ["revenue", "revenue"]


@pytest.mark.parametrize("sentence, text", [
    ("Harwell Foods said on Tuesday it would buy back up to 120 million pounds of its shares over the next year.",
     "120 million pounds"),
    ("The brewer has 2.4 billion euros left under its share repurchase programme, which runs until June 2027.",
     "2.4 billion euros"),
])
def test_what_a_company_spends_buying_back_its_own_shares_is_its_investment(sentence, text):
    assert kind_by_text(sentence)[text] == "investment"


def test_no_share_costs_millions_so_a_large_sum_near_a_share_word_is_what_its_other_trigger_says():
    # a buyback is money a company spends on its own shares: investment, no share price
    assert one("Alibaba repurchased 4.7 million ADSs for $253 million in the quarter.").market_kind == "investment"
    assert one("Since 2022, we have bought back more than US$40 billion of our stock.").market_kind == "investment"
    assert one("Ant was last valued at about $79 billion in a 2023 buyback.").market_kind == "valuation"
    assert one("The offer values Sun Art's equity at about HK$28.1 billion.").market_kind == "valuation"
    assert one("The fund has net assets of about HK$180 billion.").market_kind == "other"
    assert one("Alibaba's Hong Kong shares closed at HK$150.").market_kind == "share_price"


def test_a_price_told_per_unit_of_a_product_is_not_a_market_figure_but_one_per_share_is():
    assert find_money("Nvidia's H20 chips sold for about $12,000 per unit in China last year.") == []
    assert find_money("Alibaba shipped 200,000 handsets at 8,000 rupees per device.") == []
    assert one("Ant sold its Hong Kong shares at HK$80 a piece.").market_kind == "share_price"
    assert one("Alibaba sold its Paytm stake for 640 rupees per share.").amount == 640.0


def test_a_bonds_move_in_cents_and_the_price_it_moved_to_are_not_market_figures_but_a_stocks_are():
    assert find_money("Country Garden's dollar bonds due 2026 fell 2 cents to 91 cents on the dollar on Monday, "
                      "according to Bloomberg-compiled prices.") == []
    assert find_money("Its 8.75% notes due 2030 dropped as much as 3.5 cents to 62 cents.") == []
    found = find_money("Alibaba shares fell 20 cents to $88, and its bond sales rose $2 billion from a year earlier.")
    assert [(m.amount, m.market_kind) for m in found] == [(0.2, "share_move"), (88.0, "share_price"),
                                                         (2e9, "revenue")]


def test_the_price_of_a_thing_each_is_not_a_market_figure_but_a_bare_cost_is_spending():
    assert find_money("Nvidia's H20 chips cost about $12,000 each, according to people familiar with the matter.") == []
    assert find_money("The chips, which cost about $12,000 apiece, are in short supply.") == []
    assert find_money("Each H20 chip costs about $12,000, analysts estimate.") == []
    assert [(m.amount, m.market_kind) for m in find_money("The deal cost Alibaba $2bn.")] == [(2e9, "investment")]
    found = find_money("Alibaba sold 10 million shares for $12 each, and the new shares cost $12 each.")
    assert [m.market_kind for m in found] == ["share_price", "share_price"]


def test_every_way_of_saying_a_products_price_vetoes_it_on_its_own():
    assert find_money("Visitors to Alibaba's theme park pay an admission price of 299 yuan.") == []
    assert find_money("An 88VIP annual membership of 88 yuan gives shoppers free delivery.") == []
    assert find_money("Priced at $99, the speaker undercuts Amazon's.") == []
    found = find_money("Alibaba's shares, priced at HK$176, rose 3% on their debut.")
    assert [m.amount for m in found] == [176.0, None]


def test_asian_currencies_written_as_iso_codes_are_money():
    assert (one("Temu's domestic sales in Korea reached KRW 980 billion last year.").currency,
            one("SoftBank booked a gain of JPY 1.1 trillion on its Alibaba shares.").currency) == ("KRW", "JPY")
    assert one("Temu's domestic sales in Korea reached KRW 980 billion last year.").amount == 980e9


def test_a_year_before_the_currency_of_a_bond_names_the_bond_and_is_no_amount():
    found = find_money("Alibaba sold a 5 billion dollar bond, and its 2030 dollar bonds and 2031 euro notes rallied.")
    assert [m.amount for m in found] == [5e9]


def test_the_level_a_dropped_rate_moved_to_never_reaches_into_the_next_sentence():
    found = find_money("The 30-year tranche carries a 5.25% coupon.\n\nOrders peaked at more than $25 billion, "
                       "about five times the amount on offer.")
    assert [m.amount for m in found] == [25e9]


def test_the_price_of_a_currency_counter_is_not_an_exchange_rate():
    assert one("The Hong Kong dollar counter closed at HK$120.").amount == 120.0


def test_a_decline_that_a_stocks_move_extends_is_the_stocks_move():
    found = find_money("HONG KONG, Feb 6 (Reuters) - Shares of Alibaba fell as much as 3% in Hong Kong on Friday "
                       "morning, extending Thursday's 2.4% decline, after the company said its capital spending "
                       "would exceed earlier plans.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [("3%", "share_move", -3.0),
                                                                   ("2.4%", "share_move", -2.4)]
    revenue = find_money("Cloud revenue rose 5%, extending last quarter's 3% gain.")
    assert [m.market_kind for m in revenue] == ["revenue", "revenue"], "the move before it is no stock's"


def test_a_sum_that_brands_passed_is_a_threshold_not_revenue():
    assert find_money("Alibaba said 589 brands passed 100 million yuan in sales on Tmall, up "
                      "from 453 a year ago.") == []
    assert find_money("This year's festival saw a record number of brands exceed 100 million yuan in sales.") == []
    assert one("Alibaba's revenue passed 100 billion yuan for the first time.").market_kind == "revenue"


def test_what_a_whole_ipo_market_raised_is_ipo_money_of_no_one():
    found = one(
        "Hong Kong's IPO market had its busiest year since 2021 last year, with more than HK$280 billion raised.")
    assert (found.market_kind, found.subject) == ("ipo", "")
    assert one("Hong Kong's IPO market got a lift as Ant raised $34 billion.").subject == "Ant"
    assert find_money("Asia's equity capital markets had a slow first half, with about $40 billion raised.") == []


def test_what_planned_spending_is_compared_with_is_spending_that_did_not_move():
    found = find_money("Alibaba said late on Wednesday it expects to spend more than 480 billion yuan on AI and cloud "
                       "infrastructure in the three years to March 2028, up from the 380 billion yuan it announced "
                       "a year ago.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("480 billion yuan", "investment", ""), ("380 billion yuan", "investment", "")]


# --- subjects ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, subject", [
    ("Since the IPO cancelation, more than $400 billion has been wiped off Alibaba's value.", "Alibaba"),
    ("Shares of Alibaba Group Holdings Ltd. surged more than 5% in Hong Kong trading.", "Alibaba Group"),
    ("China's market regulator fined Alibaba a record 18.2 billion yuan ($2.8 billion).", "Alibaba"),
    ("Alibaba was fined USD 2.8 billion on charges of violating anti-monopoly rules.", "Alibaba"),
    ("Tencent shed 4.4% in Hong Kong on Tuesday.", "Tencent"),
    ("Jack Ma's net worth dropped by almost US$2 billion on Tuesday.", "Jack Ma"),
    ("Ant Group's $37-billion listing was halted.", "Ant Group"),
    ("The Hong Kong stock lost as much as 7.6% in morning trade.", ""),
    ("Quarterly revenue was 236.5 billion yuan in the December quarter.", ""),
    ("For instance, Alibaba's stock would jump if Ma was spotted somewhere.", "Alibaba"),
    ("Alibaba closed 6.7% higher at HK$187.60 in Hong Kong.", "Alibaba"),
    ("Regulators fined the group USD 2.8 billion.", ""),
    ("Turnover rose to HK$180.2 billion from HK$150 billion.", ""),
    ("Alibaba shares lost 3% of their value on Thursday, while peer JD.com's ADRs slipped 1.8 percent.", "Alibaba"),
    ("AliExpress Korea plans to invest 1.5 trillion won ($1.1 billion), Alibaba's biggest bet there.",
     "AliExpress Korea"),
    ("SoftBank Group on Wednesday reported a net profit of 1.2 trillion yen for the fiscal year ended March 31, the "
     "last year in which gains on its Alibaba shares will feature in its results.", "SoftBank Group"),
    # a name in a relative clause inside a description of the company is what the company does, no subject
    ("Korvina Mining (KMC), the state miner that ships most of the country's ore through Rio Tinto's port, said on "
     "Monday that ore prices fell 7% in the quarter.", ""),
    # places after "in" say where the sales were, no one whose sales they are
    ("Sales in Norway and Denmark have roughly doubled since 2021, the furniture maker said.", ""),
    # the name a relative clause opened by "whom" follows is whose value the clause tells
    ("The Harriers, whom Sportico valued at $2.4 billion in May, have hired a new coach.", "Harriers"),
    # "its" stands for the company named before, as near the figure as the pronoun is, however long the clause between
    ("Fjordline Cargo, which will report its first-half results in Bergen on Aug. 14, said on Tuesday in a filing that "
     "its revenue in Sweden fell 6% in the second quarter.", "Fjordline Cargo"),
    # ... but never for a time the dates engine reads (a fiscal label, a holiday) nor a public body or lender alone
    ("Mehta said the lender now expects FY27 revenue to grow faster as demand for home loans in smaller towns holds "
     "up, and raised its earlier guidance of 6-10 per cent.", ""),
    ("Two weeks later, on New Year's Day, it confirmed the sale of its remaining stake in the port operator to a Dubai "
     "pension fund for up to $2.4 billion.", ""),
    # the next place of a list after "in" a comma parts from the first says where too
    ("Revenue in Norway, Sweden and Denmark rose 7% in the quarter, the furniture retailer said.", ""),
    ("Halvorsen Foods said on Monday that its revenue in Norway, Sweden and Denmark rose 7% in the quarter.",
     "Halvorsen Foods"),
])
def test_the_subject_is_whose_value_the_sentence_says_it_is(sentence, subject):
    assert find_money(sentence)[0].subject == subject


def test_a_lender_s_its_stands_for_no_company_of_the_figure_after_it():
    # the credit line is the World Bank's; the reserves its "its update" tells of are the country's, no lender's
    found = find_money("The World Bank, whose $1.5 billion credit line runs until 2027, said in its latest update "
                       "that reserves had risen to $6.2 billion by the end of June.")
    assert [m.subject for m in found] == ["World Bank", ""]


def test_a_clause_that_refers_back_to_the_stock_takes_no_name_from_a_later_clause():
    move = one("The stock climbed steadily from January through September, its best run since the months before "
               "the 2020 Ant Group listing was halted.")
    assert (move.market_kind, move.subject) == ("share_move", "")
    assert [m.subject for m in find_money("Alibaba shares lost 3%, while peer JD.com's ADRs slipped 1.8 percent")] == [
        "Alibaba", "JD.com"]


@pytest.mark.parametrize("sentence, subject", [
    ("In August Sunac's contracted sales dropped 14% to 9.8 billion yuan.", "Sunac"),
    ("On Thursday Meituan shares slid 3.2% in Hong Kong.", "Meituan"),
])
def test_a_day_or_month_that_opens_a_name_says_when_and_is_no_part_of_whose_figure_it_is(sentence, subject):
    assert find_money(sentence)[0].subject == subject


def test_a_day_or_month_that_opens_a_name_with_no_word_before_it_is_the_names_own():
    assert [m.subject for m in find_money("March Networks shares rose 5% on Tuesday.")] == ["March Networks"]
    assert [m.subject for m in find_money("April Group shares fell 3% in Paris.")] == ["April Group"]
    assert {m.subject for m in find_money("The May Department Stores Co. said net income "
                                          "rose 5% to $100 million.")} == {
        "May Department Stores"}


def test_a_figure_written_with_a_currency_code_is_never_a_subject():
    found = find_money("Ant's net profit for the six months to June was Rmb21.9bn, up 1,000 per cent from the "
                       "previous year, while its revenue reached Rmb72.5bn.")
    assert [m.subject for m in found if m.amount] == ["Ant", ""]


def test_a_word_of_trade_opening_a_goods_noun_phrase_is_no_subject_while_a_longer_name_is_one():
    found = find_money("Bulk rose wine sold for 71 euros a hectolitre at the October auctions, 5% more than in 2024.")
    assert [m.subject for m in found] == ["", ""]
    assert {m.subject for m in find_money("Bulk Logistics rose 4% to $21 in Oslo trading.")} == {"Bulk Logistics"}


# --- real text: the seeds and TempEval newswire ------------------------------------------------

def test_the_cnbc_seed_yields_the_gold_figures_and_no_stray_mention():
    text = SEED_CNBC.read_text(encoding="utf-8")
    found = find_money(text)
    figures = {(m.amount, m.currency) for m in found if m.amount is not None}
    assert figures == {(400e9, "USD"), (3e9, "USD")}
    kinds = sorted(m.market_kind for m in found)
    assert kinds == ["fine", "ipo", "ipo", "ipo", "market_value_change", "share_move", "transaction_volume"]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_the_ft_seed_yields_only_its_ipo_cancellation():
    found = find_money(SEED_FT.read_text(encoding="utf-8"))
    assert [(m.text, m.market_kind, m.subject) for m in found] == [("IPO", "ipo", "Ant Group")]


@pytest.mark.parametrize("sentence, expected", [
    ("Sales for the full year were $6.6 billion, up 13% from $5.8 billion.",
     [(6.6e9, None, "revenue"), (None, 13.0, "revenue"), (5.8e9, None, "revenue")]),
    ("Reed is paying an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier.",
     [(0.046, None, "other"), (None, 15.0, "other"), (0.04, None, "other")]),
    ("Weisfield's shares soared on the announcement yesterday, closing up $11 to close at $50.",
     [(11.0, None, "share_move"), (50.0, None, "share_price")]),
    ("Sony is paying $27 a share, or $3.55 billion, cash and is assuming $1.4 billion of long-term debt.",
     [(27.0, None, "share_price"), (3.55e9, None, "investment"), (1.4e9, None, "investment")]),
    ("The Dutch chemical group said net income gained to 235 million guilders ($113.2 million).",
     [(235e6, None, "profit")]),
])
def test_timebank_financial_sentences_give_one_mention_per_figure(sentence, expected):
    found = find_money(sentence)
    assert [(m.amount if m.amount is None else pytest.approx(m.amount), m.percent, m.market_kind)
            for m in found] == [(a if a is None else pytest.approx(a), p, k) for a, p, k in expected]


def test_offsets_point_into_the_text_as_read_with_typographic_characters():
    text = "Alibaba\u2019s stock fell \u22128.1\u00a0per cent; it was fined US$\u00a02.8\u00a0billion."
    found = find_money(text)
    assert [text[m.start:m.end] for m in found] == [m.text for m in found]
    assert [m.text for m in found] == ["\u22128.1\u00a0per cent", "US$\u00a02.8\u00a0billion"]
    assert found[0].percent == -8.1


def test_the_caller_may_pass_the_form_and_sentences_it_already_has():
    text = SEED_CNBC.read_text(encoding="utf-8")
    assert find_money(text, form=matching_form(text), sentences=split_sentences(text)) == find_money(text)


def test_bad_input_gets_a_clear_message():
    with pytest.raises(TypeError, match="needs a str"):
        find_money(b"$3 billion")
    with pytest.raises(ValueError, match="same length"):
        find_money("$3 billion", form="$3")
    assert find_money("") == []


# --- every resource example runs through the engine ---------------------------------------------

def rows(name):
    return [pytest.param(row, id=f"{name}:{row['_line']}") for row in load_table(f"money/{name}")]


@pytest.mark.parametrize("row", rows("currencies.tsv"))
def test_every_currency_example_is_read_in_its_currency(row):
    codes = row["code"].split("/")
    assert any(m.currency in codes for m in find_money(row["example"])), find_money(row["example"])


@pytest.mark.parametrize("row", [r for r in rows("currencies.tsv") if r.values[0]["needs_magnitude"] == "magnitude"])
def test_every_currency_that_needs_a_magnitude_is_no_money_after_a_bare_number_even_beside_a_move(row):
    # (the example reads the form after a magnitude; after a plain number it is a weight, even beside a stock's move
    # that would make a form which needs a magnitude only without a move, "yes", money)
    # (an ambiguous form's example reads one of its codes: a bare "crown" of no country named is the first, NOK)
    assert set(row["code"].split("/")) & {m.currency for m in find_money(row["example"])}
    text = f"Shares in the grocer rose 3% after a 40-{row['form']} box of oranges dropped to $21."
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["USD"], find_money(text)


@pytest.mark.parametrize("row", rows("currency_hints.tsv"))
def test_every_currency_hint_example_settles_the_sign(row):
    found = [m.currency for m in find_money(row["example"]) if m.amount is not None][0]
    if row["code"] == "-":
        # a name that holds a hint word hints nothing: the sign is settled by another word of its sentence
        inner = {r["code"] for r in load_table("money/currency_hints.tsv") if r["word"] in row["word"].split()}
        assert found not in inner, (found, inner)
    else:
        assert found == row["code"]


def test_a_hint_word_inside_a_longer_place_name_still_settles_the_sign():
    # "Quebec" is a whole word of "Quebec City": one hint serves both
    found = find_money("The Quebec City grocer lifted its quarterly dividend to 12 cents a share.")
    assert [m.currency for m in found if m.amount is not None] == ["CAD"]


def test_bare_marka_is_bosnia_s_money_where_the_text_names_bosnia_and_bare_escudos_need_a_magnitude_or_a_move():
    text = ("Sarajevo-listed Bosna Mlin's shares fell 3.2% to 24.60 marka on Monday. The miller earned 3.1 million "
            "marka ($1.8 million) last year.")
    assert [(m.currency, m.amount, m.market_kind) for m in find_money(text) if m.amount is not None] == [
        ("BAM", 24.6, "share_price"), ("BAM", 3.1e6, "profit")]
    assert find_money("Marka Vukovic paid 300 marka for the boat.") == []
    text = "Shares of the Praia insurer rose 2.1% to 3,240 escudos on the Cape Verde exchange on Thursday."
    assert [(m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [("CVE", 3240)]
    assert [m.currency for m in find_money("Portugal's largest bank earned 90 billion escudos in 1998.")] == ["PTE"]
    # a catch's price at the quay, no magnitude nor move: no money
    assert find_money("A good grouper can fetch 9,000 escudos at the Mindelo fish market.") == []


def test_buyers_who_pay_a_premium_for_a_good_invest_nothing_in_a_sales_forecast():
    text = ("The dairy's sales rose 6% to 8 million euros last year, and it expects them to top 9 million euros this "
            "year as shops in the capital pay a premium for its cheese.")
    assert [m.market_kind for m in find_money(text)] == ["revenue", "revenue", "revenue"]


def test_a_harvest_in_an_aside_is_no_subject_of_the_worth_told_after_and():
    text = ("The supply deal with a Doha trader runs for four years, beginning with this autumn's harvest, and is "
            "worth about 2.2 million euros over its life, the co-op said.")
    assert [(m.amount, m.market_kind) for m in find_money(text)] == [(2.2e6, "investment")]
    assert find_money("The cod catch, the largest in a decade, was worth about 90 million euros.") == []


def test_a_bare_pa_anga_with_its_dollars_in_brackets_is_one_sum_in_pa_anga_and_bare_tala_needs_samoa_named():
    text = "The vanilla harvest could bring in about 9 million pa\u2019anga ($3.8 million) this year, growers said."
    assert [(m.currency, m.amount, m.amount_usd) for m in find_money(text)] == [("TOP", 9e6, 3.8e6)]
    assert [m.currency for m in find_money("The Apia brewer earned 41 million tala last year.")] == ["WST"]
    assert find_money("Tala Fonoti paid 300 tala for the boat.") == []


def test_cfa_francs_are_central_african_in_a_story_of_a_central_african_country():
    text = ("Brewer expands\n\nYAOUNDE, March 2 - Cameroon's largest brewer will borrow 30 billion CFA francs to build "
            "a plant in Garoua. Its profit rose to 12 billion CFA francs last year.\n")
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["XAF", "XAF"]
    assert [m.currency for m in find_money("Sonatel's revenue rose to 1.6 trillion CFA francs.")] == ["XOF"]
    # (its bare word after it is that franc, the name in full settled by the story's country)
    text = ("Brewer expands\n\nN'DJAMENA - The brewer earned 9 billion CFA francs last year. It plans to spend 4 "
            "billion francs on a new line.\n")
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["XAF", "XAF"]


def test_bare_pounds_after_a_sum_in_sudanese_pounds_are_sudanese_and_british_elsewhere():
    text = ("Wheat prices in Kassala reached 2.1 million Sudanese pounds a tonne in May. The state bank will buy "
            "grain at 1.8 million pounds a tonne.")
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["SDG", "SDG"]
    assert [m.currency for m in find_money("The club was sold for 300 million pounds.")] == ["GBP"]
    # (a Lebanese story's bare pounds are Lebanese, its dateline's city or its people's adjective telling)
    text = "Bank losses mount\n\nBEIRUT, May 3 - The lender lost 900 billion pounds last year as deposits fled.\n"
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["LBP"]


def test_bare_francs_in_a_west_african_story_are_cfa_francs_by_a_place_or_an_earlier_sum_in_cfa_francs():
    text = "Ecobank Transnational's Abidjan-listed shares fell 1.1% to 17,800 francs on Tuesday."
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["XOF"]
    text = ("The telecoms regulator fined the operator 12 billion CFA francs in March. Its shares fell 2.3% to "
            "14,200 francs after the ruling.")
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["XOF", "XOF"]
    assert [m.currency for m in find_money("The group earned 2 billion francs in 1995.")] == ["FRF"]


def test_sr_before_a_sum_is_the_saudi_riyal_in_a_story_datelined_in_riyadh_and_no_money_elsewhere():
    text = ("Port operator expands\n\nJEDDAH - Red Sea Gateway will spend SR2.4 billion ($640 million) on two new "
            "berths, and its shares rose 3.2% to SR18.70 on Sunday.\n")
    assert [(m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [
        ("SAR", 2.4e9), ("SAR", 18.7)]
    assert [m.text for m in find_money("The jet reached SR71 speeds in tests, the company said on Sunday.")] == []


def test_a_bare_dollar_in_a_story_datelined_in_melbourne_is_the_australian_dollar():
    text = ("Pharmacy chain changes hands\n\nMELBOURNE - Harbourview Group will pay $85 million for a chain of 40 "
            "pharmacies, the company said on Tuesday.\n")
    assert [(m.currency, m.amount, m.amount_usd) for m in find_money(text)] == [("AUD", 85e6, None)]


def test_a_bare_dollar_stays_the_us_one_in_an_agency_story_or_one_that_writes_a_dollars():
    wire = ("Miner backs potash mine\n\nPERTH, March 3 (Reuters) - Coralind Resources will spend $2.4 billion on a "
            "potash mine, it said on Tuesday.\n")
    assert [m.currency for m in find_money(wire)] == ["USD"]
    local = ("Miner's sales slip\n\nPERTH - Coralind Resources said sales fell to A$640 million as iron ore "
             "traded at $98 a tonne.\n")
    assert [m.currency for m in find_money(local)] == ["AUD", "USD"]


@pytest.mark.parametrize("text, expected", [
    # a dated Sydney dateline that names no agency
    ("Miner plans refinery\n\nSYDNEY, Nov. 5, 2025 \u2014 Tallow Creek Minerals will spend $2 billion on a lithium "
     "refinery, it said on Wednesday.\n", [("AUD", 2e9)]),
    # a prairie city's dateline
    ("Potash miner expands\n\nSASKATOON - Prairie Potash will spend $1.2 billion on a new shaft, the company said on "
     "Tuesday.\n", [("CAD", 1.2e9)]),
])
def test_a_bare_dollar_under_a_dateline_of_a_dollar_country_s_city_is_that_country_s_dollar(text, expected):
    assert [(m.currency, m.amount) for m in find_money(text)] == expected


@pytest.mark.parametrize("row", [row for row in load_table("money/joins.tsv") if row["role"] == "lead_subject"],
                         ids=lambda row: row["_line"])
def test_a_bare_dollar_in_a_story_whose_lead_opens_on_its_subject_named_by_its_place_is_that_places(row):
    # (joins.tsv role=lead_subject; a name after the place is no subject's place: "The Sydney Morning Herald")
    assert [m.currency for m in find_money(row["example"].replace("\\n", "\n"))] == ["AUD"]
    text = ("Fraud case\n\nA Calgary oil trader who hid $6.4 million from his partners was sentenced to six years on "
            "Thursday.\n")
    assert [(m.currency, m.amount) for m in find_money(text)] == [("CAD", 6.4e6)]
    named = "Paper sold\n\nThe Sydney Morning Herald paid $2.3 million for a rival title, it said on Friday.\n"
    assert [m.currency for m in find_money(named)] == ["USD"]
    # a people's adjective tells the subject from abroad, no place: its bare dollar stays the US one
    abroad = "Gold output\n\nThe Canadian gold miner said quarterly profit rose to $412 million on Thursday.\n"
    assert [m.currency for m in find_money(abroad)] == ["USD"]


def test_cents_in_a_wellington_story_whose_bare_dollar_is_the_new_zealand_one_are_new_zealand_cents():
    text = ("Power retailer cuts dividend\n\nWELLINGTON - Kiwa Energy said its full-year profit fell to $212 million "
            "and that it would pay a final dividend of 9 cents a share, down from 12 cents.\n")
    assert [(m.text, m.currency) for m in find_money(text)] == [
        ("$212 million", "NZD"), ("9 cents", "NZD"), ("12 cents", "NZD")]


def test_ringgit_written_rm_before_the_figure_and_sen_after_it_are_malaysian_money():
    text = ("Sunway Estates Bhd's net profit rose 20% to RM56.3 million in the quarter, and it declared a dividend of "
            "2.1 sen per share. Its shares closed at RM1.84, while a Chinese fund raised RMB10 billion.")
    found = [(m.text, m.amount, m.currency) for m in find_money(text) if m.currency]
    assert found == [("RM56.3 million", 56.3e6, "MYR"), ("2.1 sen", 0.021, "MYR"), ("RM1.84", 1.84, "MYR"),
                     ("RMB10 billion", 1e10, "CNY")]


def test_a_listing_s_marketed_range_and_the_offer_price_its_debut_is_set_against_are_ipo_figures():
    found = find_money("The Shenzhen chipmaker sold 120 million shares at HK$28 each, the bottom of a marketed range "
                       "of HK$28 to HK$33, raising HK$3.4 billion.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("HK$28", "share_price"), ("HK$28", "ipo"), ("HK$33", "ipo"), ("HK$3.4 billion", "ipo")]
    assert kind_by_text("Shares of the drone maker opened at HK$41.20 on Friday, against an offer price of HK$26.80, "
                        "and closed at HK$38.") == {"HK$41.20": "share_price", "HK$26.80": "ipo",
                                                   "HK$38": "share_price"}


def test_a_policy_rate_cut_by_a_quarter_point_in_words_is_a_move_of_a_quarter_of_a_percentage_point():
    moves = [(m.text, m.percent, m.direction, m.market_kind) for m in find_money(
        "The Reserve Bank of New Zealand lowered its official cash rate by half a percentage point on Wednesday.")]
    assert moves == [("half a percentage point", -0.5, "down", "other")]
    # told with the level it took the rate to, the level is the row
    assert [(m.text, m.percent) for m in find_money(
        "Norway's central bank trimmed its key policy rate by a quarter point to 4.25% in June.")] == [("4.25%", 4.25)]
    # nor after the day of the move: "on Oct. 29 to a range of" still tells the level
    assert [(m.text, m.percent) for m in find_money(
        "The Bank of Canada lowered its policy rate by 25 basis points on Wednesday to 2.5%.")] == [("2.5%", 2.5)]
    # a stock's quarter of its value is no part of a point
    assert [m.percent for m in find_money("Shares of Dunmore Cable have lost a quarter of their value since May.")] == [
        -25.0]


@pytest.mark.parametrize("row", rows("magnitudes.tsv"))
def test_every_magnitude_example_gives_its_amount(row):
    assert any(close(m.amount, float(row["expect"])) for m in find_money(row["example"])), find_money(row["example"])


@pytest.mark.parametrize("row", rows("approximations.tsv"))
def test_every_approximation_example_keeps_its_sign(row):
    assert any(m.approx == row["approx"] for m in find_money(row["example"])), find_money(row["example"])


@pytest.mark.parametrize("row", rows("movements.tsv"))
def test_every_movement_example_gives_its_direction(row):
    assert any(m.direction == row["direction"] for m in find_money(row["example"])), find_money(row["example"])


@pytest.mark.parametrize("row", rows("kinds.tsv"))
def test_every_kind_example_gives_its_kind(row):
    assert any(m.market_kind == row["expect"] for m in find_money(row["example"])), find_money(row["example"])


# (a row with no kind says what its words are not: "14 new stores were opened in the year, up 8%" is no stock that
# opened 8% up)
@pytest.mark.parametrize("row", [r for r in rows("kinds.tsv")
                                 if not any(r.values[0][c] for c in ("amount_kind", "moved_kind", "percent_kind",
                                                                     "alone_kind"))
                                 and r.values[0]["expect"] not in ("share_move", "share_price")])
def test_every_kinds_row_that_names_no_kind_keeps_the_figures_of_its_example_off_a_stock(row):
    kinds = [(m.text, m.market_kind) for m in find_money(row["example"])]
    assert kinds and not any(kind in ("share_move", "share_price") for _, kind in kinds), kinds


# (a row with no kind that expects "other" says its words name no money of any kind: "fine 18-micron fleece fetched
# 2,210 cents a kilo, up 30 cents" is the grade of the wool, and its move is no fine)
@pytest.mark.parametrize("row", [r for r in rows("kinds.tsv")
                                 if not any(r.values[0][c] for c in ("amount_kind", "moved_kind", "percent_kind",
                                                                     "alone_kind"))
                                 and r.values[0]["expect"] == "other"])
def test_every_kinds_row_that_names_no_kind_and_expects_other_leaves_every_figure_of_its_example_other(row):
    kinds = [(m.text, m.market_kind) for m in find_money(row["example"])]
    assert kinds and all(kind == "other" for _, kind in kinds), kinds


@pytest.mark.parametrize("row", rows("market_context.tsv"))
def test_every_market_context_example_makes_its_phrase_a_mention(row):
    assert [m.amount for m in find_money(row["example"])] == [None]


@pytest.mark.parametrize("row", [r for r in rows("not_money.tsv") if r.values[0]["applies"] != "listing"])
def test_every_not_money_example_yields_no_mention(row):
    assert find_money(row["example"]) == []


@pytest.mark.parametrize("sentence", [
    "The county's tax revenue slipped to $480 million in the spring, the treasurer said.",
    "Global spending on cloud software is forecast to reach $720 billion next year, according to IDC.",
    "Renters will see their water bills rise by about 4% from July.",
    "The price of a loaf of bread rose 6% this year.",
    "Open interest in May calls at the $25 strike has doubled since Friday.",
    "The regulator said the cap for a typical household would rise by 2 per cent from April.",
    "The average household income in the province rose to C$71,000 last year.",
])
def test_a_not_money_row_for_percents_and_amounts_vetoes_the_kind_its_example_does_not_show(sentence):
    assert find_money(sentence) == []


def test_a_clause_of_another_subject_between_commas_is_no_aside_of_the_move_before_it():
    found = find_money("Torvik rose 3%, while rival Brekke slipped, to 88 crowns.")
    assert [(m.text, m.subject) for m in found if m.market_kind == "share_price"] == []
    found = find_money("Torvik shares rose 3%, the biggest gain in the sector, to 88 crowns.")
    assert [(m.text, m.subject) for m in found if m.market_kind == "share_price"] == [("88 crowns", "Torvik")]


@pytest.mark.parametrize("row", rows("places.tsv"))
def test_every_place_example_is_an_economys_figure_and_no_money(row):
    assert find_money(row["example"]) == []


def test_a_state_named_with_a_double_space_or_by_a_name_that_starts_with_another_places_spends_public_money():
    # the place names are one prefix tree: "Indiana" is read past "India", "New Mexico" over any run of white space
    assert find_money("Indiana has borrowed about $500 million to widen its interstate highways.") == []
    assert find_money("New  Mexico will spend about $45 million on rural broadband, officials said.") == []
    assert kind_by_text("Indiana Harbor Steel shares rose 4% to $18.20 after its results.") == {
        "4%": "share_move", "$18.20": "share_price"}


def test_a_lender_named_bank_of_a_nation_that_is_no_central_bank_keeps_its_sum():
    # central_banks.tsv lists the central banks so named, not the commercial lenders named the same way (the central
    # banks' own sentences are its examples, run one by one below)
    assert kind_by_text("Bank of America paid $1.2 billion to settle the claims.") == {"$1.2 billion": "fine"}
    assert kind_by_text("Bank of Ireland paid 100 million euros to settle the tracker-mortgage claims.") == {
        "100 million euros": "fine"}
    assert kind_by_text("National Bank of Canada will spend C$500 million on new branches.") == {
        "C$500 million": "investment"}
    assert [m.text for m in find_money("Bank of Cyprus spent 40 million euros on a voluntary exit scheme.")] == [
        "40 million euros"]
    assert kind_by_text("Bank of Georgia lent about $50 million to the builder last year.") == {
        "$50 million": "other"}


@pytest.mark.parametrize("row", rows("central_banks.tsv"))
def test_every_central_bank_example_is_public_money_and_no_mention(row):
    assert find_money(row["example"]) == []


@pytest.mark.parametrize("text", [
    "Demand at the auction was the strongest since March, the finance ministry said. It expects to borrow about "
    "900 billion shillings from local investors before June.",
    "The National Treasury will pay 98 cents on the dollar for the 2029 notes. About $700 million of the notes are "
    "still outstanding.",
])
def test_a_pronoun_or_the_bonds_after_a_sentence_a_public_body_tells_or_opens_is_that_bodys_debt(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text", [
    "Safaricom will build a data centre in Nairobi, the ministry said. It plans to spend about $300 million on the "
    "site.",
    "The central bank said Country Garden had missed a coupon payment. About $500 million of the bonds are due next "
    "year.",
])
def test_a_pronoun_or_the_bonds_after_a_body_telling_of_another_named_subject_stay_that_subjects_figure(text):
    assert find_money(text) != []


def test_the_bonds_after_a_sentence_a_company_opens_stay_its_figure():
    assert find_money("The developer will pay 80 cents on the dollar for the 2026 notes. About $700 million of the "
                      "notes are still outstanding.") != []


@pytest.mark.parametrize("sentence", [
    "The state government rolled out a 2,000 crore rupee scheme that pays farmers for solar pumps.",
    "The housing ministry unveiled a 4 billion peso programme that will fund repairs to social housing.",
    "The provincial government said on Tuesday that rebuilding the flooded highway would cost about 3 billion rand.",
])
def test_a_programme_a_public_body_launches_and_a_rebuilding_it_costs_are_public_money_and_make_no_row(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The prime minister said the cabinet would present a 12 billion krona package of tax cuts to parliament next week.",
    "The council has doubled its £4 million winter hardship fund after a wave of applications.",
    "The transport ministry will extend their 900 million euro rail subsidy to cover night trains.",
    "Ottawa has earmarked about C$1.5 billion for wildfire crews this summer, the finance department said.",
])
def test_a_package_a_public_body_presents_its_own_named_sum_and_a_capital_s_outlay_are_public_money(sentence):
    assert find_money(sentence) == []


def test_a_peoples_adjective_opening_the_sentence_is_no_country_that_spends_public_money():
    # "Chilean" opens with "Chile" but names the sellers' nationality, no state that sells or spends
    assert kind_by_text("Chilean wine exporters sold 95 million dollars of wine through Tmall in the first half.") == {
        "95 million dollars": "transaction_volume"}
    assert find_money("Chile sold 95 million dollars of bonds to foreign investors on Tuesday.") == []


def test_a_sectors_sum_sold_through_a_named_marketplace_is_what_it_transacted_there_not_an_industry_statistic():
    assert kind_by_text("Retailers sold 3.2 billion rupiah of batik through Tokopedia during the fair.") == {
        "3.2 billion rupiah": "transaction_volume"}
    assert find_money("Homebuilders sold 41 billion yuan of flats in the 30 largest cities in May.") == []


def test_shares_a_finance_ministry_buys_in_a_company_are_a_stake_it_takes_while_its_own_programme_is_public_money():
    assert kind_by_text("The finance ministry bought 3.2 billion yuan of shares in the state shipbuilder last "
                        "month.") == {"3.2 billion yuan": "investment"}
    assert find_money("The finance ministry spent 3.2 billion yuan on flood defences last month.") == []


def test_a_us_state_that_spent_a_sum_spent_public_money_while_a_company_named_after_one_keeps_its_share_move():
    assert find_money("Colorado has spent nearly $6 million fighting the outbreak since March, officials said.") == []
    assert kind_by_text("Texas Instruments shares rose 4% to $180.20 after its results.") == {
        "4%": "share_move", "$180.20": "share_price"}


def test_a_company_named_after_and_past_a_county_spends_its_own_money_while_the_county_s_own_spending_stays_public():
    assert kind_by_text("Google opened its first office in Fairfax County, and Meta has said it will spend $800 "
                        "million on a data center nearby.") == {"$800 million": "investment"}
    assert find_money("The county, which runs the port, said it will spend $40 million on new cranes.") == []


@pytest.mark.parametrize("row", rows("public_bodies.tsv"))
def test_every_public_body_example_is_public_money_and_no_mention(row):
    assert find_money(row["example"]) == []


@pytest.mark.parametrize("row", rows("money_verbs.tsv"))
def test_every_money_verb_example_is_public_money_and_no_mention(row):
    assert find_money(row["example"]) == []


@pytest.mark.parametrize("row", [r for r in rows("not_money.tsv") if r.values[0]["applies"] == "listing"])
def test_every_listing_example_is_ipo_money(row):
    assert [m.market_kind for m in find_money(row["example"]) if m.amount is not None] == ["ipo"]


@pytest.mark.parametrize("row", rows("equivalents.tsv"))
def test_every_equivalent_example_is_one_mention(row):
    found = find_money(row["example"])
    assert len(found) == 1 and found[0].amount_usd is not None, found


@pytest.mark.parametrize("row", rows("vague.tsv"))
def test_every_vague_example_has_a_currency_and_no_amount(row):
    assert [(m.currency, m.amount) for m in find_money(row["example"])] == [("USD", None)]


@pytest.mark.parametrize("row", rows("subjects.tsv"))
def test_every_subject_example_gives_its_subject(row):
    assert find_money(row["example"])[0].subject == row["expect"]


@pytest.mark.parametrize("row", rows("names.tsv"))
def test_no_name_rule_word_ends_up_as_a_subject_on_its_own_or_at_an_edge(row):
    word = row["word"]
    found = find_money(row["example"])
    assert found, f"the example {row['example']!r} should hold a figure"
    for mention in found:
        subject = mention.subject
        if row["role"] == "suffix":
            assert not subject.endswith(word.rstrip(".")), subject
        elif row["role"] == "lead":
            assert not subject.startswith(word + " ") and subject != word, subject
        elif row["role"] == "inner":
            assert f" {word} " in subject, subject
        elif row["role"] == "source":
            source = row["example"].split(word + " ", 1)[1].split()[0].strip(",.")
            assert subject != source and subject != word, subject
        elif row["role"] == "channel":
            assert mention.market_kind not in ("share_move", "share_price"), (mention.text, mention.market_kind)
        elif row["role"] == "route":
            place = row["example"].split(f" {word} ", 1)[1].split()[0].strip(",.")
            assert subject != place, subject
        else:
            assert subject != word, subject


@pytest.mark.parametrize("row", rows("move_units.tsv"))
def test_every_move_unit_example_gives_the_restated_percentage_its_direction(row):
    assert [m.direction for m in find_money(row["example"]) if m.percent is not None] == [row["direction"]]


@pytest.mark.parametrize("row", rows("joins.tsv"))
def test_every_join_example_gives_the_kinds_of_its_figures(row):
    example = row["example"].replace("\\n", "\n")  # a heading over its list takes lines (role=heading_currency)
    assert [m.market_kind for m in find_money(example)] == (row["expect"].split("|") if row["expect"] else [])


def test_a_not_money_row_that_names_no_joins_role_is_refused_not_left_to_match_nothing(monkeypatch):
    # ("{charged_units}" for the role charged_unit would stand as literal text, and its row would never veto)
    lexicon_module = importlib.import_module("pipeline.money.lexicon")
    real = lexicon_module.load_table

    def with_a_misspelt_role(name):
        rows = real(name)
        if name == "money/not_money.tsv":
            return [*rows, {**rows[-1], "pattern": r"\bfees?\s+per\s+{charged_units}\s+$", "side": "before", "cue": "",
                            "reach": "", "needs": ""}]
        return rows
    monkeypatch.setattr(lexicon_module, "load_table", with_a_misspelt_role)
    lexicon_module.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="charged_units"):
            lexicon_module.lexicon()
    finally:
        lexicon_module.lexicon.cache_clear()


@pytest.mark.parametrize("row", [row for row in load_table("money/joins.tsv") if row["role"] == "size_by"],
                         ids=lambda row: row["_line"])
def test_every_size_by_example_gives_the_size_after_its_comma_the_moves_direction(row):
    assert [m.direction for m in find_money(row["example"]) if m.percent is not None] == ["down"]


@pytest.mark.parametrize("row", [row for row in load_table("money/joins.tsv")
                                 if row["role"] in ("rate_carried", "rate_carried_owner", "rate_carried_noun",
                                                    "rate_carried_level")],
                         ids=lambda row: f'{row["role"]}:{row["_line"]}')
def test_every_rate_carried_example_gives_the_level_the_rate_is_carried_to_the_cut_s_direction(row):
    assert {m.direction for m in find_money(row["example"]) if m.percent is not None} == {"down"}


# (role=body_borrows and role=body_bond_via are left out: the former's example, "in a sale of 12-year bonds", tells no
# bond sale of the list right after its sum, and makes no row by another of a public body's rows; the latter's "with"
# stands before its sum, where the sale's word follows the sum with no word between)
@pytest.mark.parametrize("row", [row for row in load_table("money/joins.tsv") if row["role"] == "body_bond_sale"],
                         ids=lambda row: f'{row["role"]}:{row["_line"]}')
def test_every_public_body_bond_sale_example_is_the_bodys_borrowing_and_no_row(row):
    from pipeline.money.reading import Reading
    text = row["example"]
    reading = Reading(lexicon(), text, matching_form(text), split_sentences(text))
    figure = re.search(r"\d[\d.,]*\s+billion-[a-z]+", text)
    sentence = reading.sentence_of(figure.start())
    assert reading._a_public_body_s_bond_sale(figure.start(), figure.end(), sentence)
    assert find_money(text) == []


@pytest.mark.parametrize("row", rows("kind_properties.tsv"))
def test_every_kind_property_example_gives_a_figure_of_its_kind(row):
    kinds = [m.market_kind for m in find_money(row["example"])]
    assert kinds == row["expect"].split("|") and row["kind"] in kinds, kinds
    assert row["kind"] in {r["amount_kind"] for r in load_table("money/kinds.tsv")}


def test_each_kind_property_names_the_kinds_the_rules_reading_it_were_written_for():
    assert EARNED_KINDS == {"revenue", "profit"} and SPENT_KINDS == {"investment"}
    assert RAISED_KINDS == {"investment", "ipo"} and STOCK_KINDS == {"share_move", "share_price"}
    assert WORTH_KINDS == {"valuation", "market_cap", "net_worth"}
    assert MOVE_KINDS == {"share_move", "market_value_change"} and VALUED_KINDS == {"valuation", "market_cap"}
    assert PER_SHARE_KINDS == {"profit", "investment", "other"}
    assert TALLIED_KINDS == {"revenue", "profit", "ipo", "other", "transaction_volume"}
    assert REPORTED_KINDS == {"revenue", "profit", "transaction_volume"}


@pytest.mark.parametrize("row", rows("per_unit.tsv"))
def test_every_per_unit_example_keeps_a_figure_that_would_need_a_magnitude(row):
    found = find_money(row["example"])
    # a price per share is a stock's; a price per tonne, barrel or ounce a commodity's, the whole market's
    kind = "share_price" if "share" in row["words"] else "other"
    assert [m.market_kind for m in found if m.amount is not None] == [kind], found


@pytest.mark.parametrize("row", rows("fractions.tsv"))
def test_every_fraction_example_gives_its_percentage_or_none(row):
    percents = [m.percent for m in find_money(row["example"])]
    assert percents == ([float(row["expect"])] if row["expect"] else []), percents


@pytest.mark.parametrize("row", rows("number_words.tsv"))
def test_every_number_word_example_gives_its_amount(row):
    assert any(close(m.amount, float(row["expect"])) for m in find_money(row["example"])), find_money(row["example"])


@pytest.mark.parametrize("row", rows("continuations.tsv"))
def test_every_continuation_example_makes_its_later_move_the_stocks(row):
    percents = [m for m in find_money(row["example"]) if m.percent is not None]
    assert [m.market_kind for m in percents[:2]] == ["share_move", "share_move"], percents


# --- any text: no crash, offsets and values that hold -----------------------------------------

PIECES = ["$", "US$", "HK$", "¥", "€", "£", "RMB", "rmb", "Rs", "3", "18.2", "1,300", "0.5", "2019", "-", "+", "%",
          " percent", " per cent", " billion", "bn", "m", " million", " yuan", " dollars", " cents", " won", " to ",
          " and ", " between ", "(", ")", ", or about ", " shares", " fell ", " rose ", " IPO", " fine", " stake",
          " of ", "Alibaba", "'s", " a share", ". ", "\n\n", " ", "=", "half a", " billions of dollars", "\u00a0",
          "\u2212", "\u2019"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_gives_ordered_mentions_whose_offsets_and_values_hold(pieces):
    text = "".join(pieces)
    found = find_money(text)
    assert found == sorted(found, key=lambda m: (m.start, m.end))
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
        assert mention.direction in ("up", "down", "")
        assert mention.approx in ("~", ">", "<", "")
        assert mention.amount is None or math.isfinite(mention.amount) and mention.amount >= 0
        assert (mention.amount_usd is None) or mention.currency == "USD" or mention.amount is not None
        assert (mention.percent is None) or (mention.percent < 0) == (mention.direction == "down")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_unicode_text_is_read_without_error_and_offsets_hold(text):
    for mention in find_money(text + " İ $3 billion"):
        assert (text + " İ $3 billion")[mention.start:mention.end] == mention.text


def test_a_dividend_told_per_share_is_money_paid_out_neither_profit_nor_a_share_price():
    found = find_money("The company proposed a final dividend of HK$4.50 per share, up from HK$3.40 a year earlier, "
                       "and said it would buy back at least HK$100 billion of its shares in 2027.")
    assert [m.market_kind for m in found] == ["other", "other", "investment"], "a buyback is money spent on shares"
    found = find_money("Apple raised its quarterly dividend by 4% to 27 cents per share.")
    assert [(m.percent, m.market_kind) for m in found] == [(4.0, "other"), (None, "other")]
    found = find_money("The board proposed a final dividend of 9.1p a share, payable on 3rd June 2024.")
    assert [(m.text, m.amount, m.currency, m.market_kind) for m in found] == [("9.1p", 0.091, "GBP", "other")]


def test_money_paid_to_settle_claims_is_a_penalty():
    assert one("Australia's ASIC said Westpac agreed to pay A$113 million to settle claims it overcharged "
               "customers.").market_kind == "fine"


def test_a_sums_word_after_the_next_sum_is_that_ones():
    found = find_money("Robotics startup Figure raises $600 million at $3 billion valuation")
    assert [m.market_kind for m in found] == ["investment", "valuation"]
    assert one("A listing could value Ant at about $80 billion.").market_kind == "valuation"


def test_what_unnamed_companies_raised_in_a_citys_ipos_is_that_markets_ipo_money():
    found = one("Companies raised HK$280bn in Hong Kong IPOs this year, the most since 2021.")
    assert (found.market_kind, found.subject) == ("ipo", "")
    assert find_money("Chinese firms have raised about $20 billion this year.") == []
    assert one("Alibaba and two other companies raised $3 billion in bonds.").market_kind == "investment"


def test_a_word_that_of_ties_to_the_next_sum_is_that_ones():
    found = find_money("Anthropic is in talks to raise up to $5 billion at a valuation of as much as $170 billion.")
    assert [m.market_kind for m in found] == ["investment", "valuation"]
    found = find_money("PDD founder Colin Huang lost $10bn as Temu's growth slowed, leaving him with a fortune of "
                       "roughly $39bn.")
    assert [m.market_kind for m in found] == ["net_worth", "net_worth"]


def test_money_someone_is_ordered_to_pay_or_must_pay_is_a_penalty():
    assert one("Japan's Financial Services Agency ordered MUFG to pay 1.4 billion yen.").market_kind == "fine"
    assert one("Credit Suisse, now part of UBS, must pay a further 83 million Swiss francs.").market_kind == "fine"
    assert one("Microsoft agreed to pay $69 billion for Activision.").market_kind == "investment"
    # a payment expected or due, as for a purchase, is a deal's price, no penalty; one told as a fine stays a fine
    assert one("The ferry operator takes delivery of two new ships in May and is expected to pay 140 million euros for "
               "them.").market_kind == "investment"
    assert one("The shipper is due to pay $38 million for the cranes next year.").market_kind == "investment"
    assert one("The broker is expected to pay $25 million in penalties, people familiar said.").market_kind == "fine"
    # a sum paid to a regulator, a court, a tax authority or a government is a penalty or its like, expected or not;
    # one paid to it "for" a thing is that thing's price
    assert one("The lender is expected to pay about $310 million to the Financial Conduct Authority."
               ).market_kind == "fine"
    assert one("The chipmaker will pay 1.3 billion won to the tax office in back taxes.").market_kind == "fine"
    assert one("The card issuer has agreed to pay the SEC $45 million, a filing showed.").market_kind == "fine"
    assert one("The operator will pay $500 million to the government for the spectrum licence.").market_kind == \
        "investment"
    # ... while one paid to it "for" a wrong stays a penalty (joins.tsv role=fine_payee_after)
    assert one("The insurer agreed to pay 40 million rand to the regulator for failures in its claims handling."
               ).market_kind == "fine"
    assert one("The broker will pay $75 million to the CFTC for allegedly rigging a benchmark.").market_kind == "fine"


def test_what_a_whole_group_of_unnamed_banks_issued_is_that_markets():
    assert find_money("Chinese banks have issued about 1.2 trillion yuan of perpetual bonds since January.") == []
    assert one("HSBC issued $2 billion of bonds on Tuesday.").market_kind == "investment"


def test_the_company_that_moves_by_a_figure_is_whose_move_it_is():
    found = find_money("Shares of Alibaba rose 1.8 percent to 118.5 Hong Kong dollars in Hong Kong on Tuesday, "
                       "while JD.com gained 2.4 percent.")
    assert [m.subject for m in found if m.percent is not None] == ["Alibaba", "JD.com"]
    found = find_money("Hess Midstream shares jumped 29%, while Chevron slipped 0.8%.")
    assert [m.subject for m in found] == ["Hess Midstream", "Chevron"]


def test_a_stock_moves_by_its_own_figure_after_a_relative_clause_that_holds_a_market_word():
    found = find_money("Shares of SK Hynix, whose market value topped $100 billion, rose 3.2% on Thursday.")
    assert [(m.market_kind, m.subject) for m in found] == [("market_cap", "SK Hynix"), ("share_move", "SK Hynix")]
    found = find_money("Chevron, whose market capitalization is about $280 billion, completed its $53 billion "
                       "acquisition of Hess Corp in July.")
    assert [(m.market_kind, m.subject) for m in found] == [("market_cap", "Chevron"), ("investment", "Chevron")]


def test_a_price_per_share_paid_in_cash_is_the_deals_money_not_a_share_price():
    found = find_money("NEW YORK, Sept 9 (Reuters) - Chevron agreed to buy Hess Midstream for $42 a share in cash, "
                       "valuing the pipeline operator at an enterprise value of about $18.5 billion including debt.")
    assert [m.market_kind for m in found] == ["investment", "valuation"]
    assert one("Hess Midstream shares closed at $40.10 a share on Friday.").market_kind == "share_price"


@pytest.mark.parametrize("sentence", [
    "Broadcom offered $42 a share for the chipmaker on Monday, a bid its board rejected.",
    "The founding family will launch a tender offer at 2,600 yen per share as early as December.",
    "Chevron agreed to buy Hess for $53 billion, or $171 a share, in an all-stock deal.",
    "Couche-Tard raised its offer to $18.19 a share, or about $47 billion in total.",
    "Its founding family will launch a tender offer for the convenience store operator at 2,600 yen per share.",
    "Alibaba offered $3.75 billion, or $0.62 per share, to buy out Cainiao's minority shareholders.",
    "It later offered $3.75 billion to buy out minority shareholders at $0.62 per share.",
])
def test_a_price_per_share_a_buyer_offers_is_the_deals_money_not_where_the_stock_trades(sentence):
    kinds = kind_by_text(sentence)
    assert kinds and set(kinds.values()) == {"investment"}, kinds


def test_a_price_per_share_bought_at_without_an_offer_is_where_the_stock_traded():
    assert one("The fund bought the shares at $20 a share in March.").market_kind == "share_price"
    assert one("In over-the-counter trading, MGM Grand was bid at $17.50 a share.").market_kind == "share_price"


def test_a_deals_premium_over_the_stock_is_the_deals_not_a_move_of_the_stock():
    found = find_money("DCP will offer HK$2.95 per share in cash, a premium of 42.5% to Sun Art's last closing price "
                       "of HK$2.07 before trading was halted on Nov. 20, and a 51% premium to its 30-day "
                       "volume-weighted average price.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("HK$2.95", "investment"), ("42.5%", "investment"), ("HK$2.07", "share_price"), ("51%", "investment")]
    found = find_money("The price of HK$1.75 per share represents a 30.3% premium to Sun Art's last close.")
    assert [(m.text, m.market_kind) for m in found][-1] == ("30.3%", "investment")


def test_income_compared_with_a_loss_is_profit_whatever_the_words_after_it():
    found = find_money("Income from operations was a loss of RMB5.5 billion for the third quarter of 2025, compared to "
                       "income of RMB13.0 billion for the same period of 2024, mainly due to investment in new "
                       "businesses.")
    assert [m.market_kind for m in found] == ["profit", "profit"]


def test_the_sum_a_products_price_was_cut_by_is_no_market_figure():
    assert find_money("BYD trimmed the price of its Seal sedan by 10,000 yuan to 179,800 yuan.") == []
    found = find_money("Tesla, which trimmed the price of its Model 3 by 10,000 yuan in China last month, saw its "
                       "shares fall 2% in New York.")
    assert [(m.market_kind, m.percent, m.subject) for m in found] == [("share_move", -2.0, "Tesla")]


def test_money_forfeited_is_a_penalty():
    found = find_money("The Seychelles-based company pleaded guilty and agreed to forfeit $420.3 million in fees and "
                       "pay a criminal fine of $84.4 million.")
    assert [m.market_kind for m in found] == ["fine", "fine"]


def test_a_pronoun_that_moves_is_the_stock_of_the_story_and_names_no_one():
    found = find_money("They have lost about 60% from a peak of $317.14 in October 2020, erasing more than $600 "
                       "billion in market value.")
    assert [(m.market_kind, m.subject) for m in found] == [
        ("share_move", ""), ("share_price", ""), ("market_value_change", "")]


def test_british_pence_written_on_their_digits_are_a_stocks_pounds_and_nothing_else_is():
    found = find_money("The stock closed up 31.4p, or 14%, at 255.6p, valuing the company at about £2.1bn.")
    assert [(m.market_kind, m.amount, m.currency, m.percent) for m in found] == [
        ("share_move", 0.314, "GBP", None), ("share_move", None, "", 14.0), ("share_price", 2.556, "GBP", None),
        ("market_cap", 2.1e9, "GBP", None)]  # the value its price gives the company (joins.tsv role=valuing)
    found = find_money("Marks & Spencer, Ocado's partner in their UK joint venture, rose 2.2p to 371.8p on Thursday.")
    assert [(m.market_kind, m.subject) for m in found] == [
        ("share_move", "Marks & Spencer"), ("share_price", "Marks & Spencer")]
    assert find_money("The phone records video in 1080p and 4K.") == []


def test_what_investors_bought_on_balance_is_a_flow_of_investment_not_a_net_profit():
    found = find_money("Southbound traders made net purchases of HK$12.3 billion on Friday alone, taking the month's "
                       "total to HK$148.6 billion.")
    assert [m.market_kind for m in found] == ["investment", "investment"]
    assert one(
        "Northbound investors sold a net 6.2 billion yuan of mainland shares last week.").market_kind == "investment"
    assert one("Zhong Shanshan is China's richest person, with a net "
               "worth of $62.3 billion.").market_kind == "net_worth"


def test_a_companys_cash_is_neither_profit_nor_investment():
    assert one("We ended the year with $38 billion of cash and short-term investments.").market_kind == "other"
    assert one("Our net cash position was US$53.4 billion as of March 31, 2025.").market_kind == "other"
    assert one("The company had $60 billion in cash at the end of June.").market_kind == "other"


def test_a_name_a_rule_does_not_reach_is_whose_move_it_is_when_it_moves():
    found = find_money("Samsung Electronics, Korea's largest company, rose 2% to 58,000 won.")
    assert [(m.market_kind, m.subject) for m in found] == [
        ("share_move", "Samsung Electronics"), ("share_price", "Samsung Electronics")]


def test_money_raised_in_a_listing_is_the_listings_and_a_valuation_keeps_its_kind():
    found = find_money("Alibaba last sold shares in 2019, when it raised HK$88 billion in its Hong Kong secondary "
                       "listing at HK$176 each.")
    assert [m.market_kind for m in found] == ["ipo", "share_price"]
    found = find_money("Separately, Mistral AI raised 1.7 billion euros ($2 billion) in a funding round that values "
                       "the French startup at 11.7 billion euros.")
    assert [m.market_kind for m in found] == ["investment", "valuation"]
    assert one("Ant was last valued at about $79 billion in a 2023 buyback.").market_kind == "valuation"


def test_a_trigger_in_the_clause_of_a_later_sum_is_that_sums_when_another_says_what_the_first_is():
    found = find_money("Free cash flow was negative RMB1.2 billion, as capital expenditure rose to RMB3.4 billion.")
    assert [m.market_kind for m in found] == ["other", "investment"]
    found = find_money("The deal comes after Alibaba sold its Intime department store chain for 7.4 billion yuan "
                       "earlier this year, booking a loss of about 9.3 billion yuan.")
    assert [m.market_kind for m in found] == ["investment", "profit"]
    found = find_money("The unit lost 3.1 billion yuan in the December quarter, narrower than a loss of 4.8 billion "
                       "yuan a year earlier.")
    assert [m.market_kind for m in found] == ["profit", "profit"]


def test_what_a_company_gets_for_a_business_it_sells_is_deal_money():
    found = find_money("Earlier this month, Alibaba agreed to sell department store chain Intime Retail for 7.4 "
                       "billion yuan, booking a loss of about 9.3 billion yuan.")
    assert [m.market_kind for m in found] == ["investment", "profit"]


def test_a_trigger_in_a_relative_clause_says_nothing_of_the_figure_after_the_clause():
    found = find_money("Rival NetEase, which posted a 9% rise in revenue for the September quarter last week, fell "
                       "2.3% to HK$181.20 on Monday.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("9%", "revenue"), ("2.3%", "share_move"), ("HK$181.20", "share_price")]
    found = find_money("Kellogg stock, which closed Friday at $71.75, down 75 cents, fell again.")
    assert [m.market_kind for m in found] == ["share_price", "share_move"], "a figure between: the clause goes on"


def test_liabilities_and_interest_on_bonds_are_no_money_raised():
    found = find_money("China Evergrande Group missed interest payments totalling $83.5 million due on Thursday on a "
                       "dollar bond, deepening a debt crisis at the property developer with $300 billion of "
                       "liabilities.")
    assert [m.market_kind for m in found] == ["other", "other"]
    assert one("Evergrande also faces a $47.5 million coupon payment due on Sept. 29.").market_kind == "other"
    assert one("Alibaba raised $5 billion from a bond sale on Tuesday.").market_kind == "investment"


def test_debt_repaid_or_redeemed_is_no_investment_though_a_bond_stands_near():
    assert one(
        "Country Garden said it would repay a 500 million yuan onshore bond due on Friday.").market_kind == "other"
    assert one("Alibaba redeemed $1.5 billion of notes ahead of their maturity.").market_kind == "other"
    assert one("The developer raised $1 billion in a bond sale to repay loans.").market_kind == "investment"


def test_a_company_that_expects_or_reports_growth_as_its_verb_s_object_is_no_stock_that_moved():
    # (joins.tsv role=growth_object) the noun of growth is its business's, no measure named: kind other
    found = one("Brightwater Foods expects growth of roughly 6% next year as its new plants come on line.")
    assert (found.market_kind, found.direction, found.subject) == ("other", "up", "")
    assert one("Brightwater Foods reported growth of 6% in the quarter.").market_kind == "other"
    # a company that is the subject of the move itself is still its stock
    assert one("Brightwater Foods rose 6% on Tuesday.").market_kind == "share_move"


def test_the_far_end_of_a_price_range_set_at_two_prices_a_share_is_the_listing_s():
    # (joins.tsv role=spans "range at") "a share" after the far end is the unit of both ends, no price of the stock
    assert kind_by_text("Lumora set its price range at HK$18.20 to HK$21.40 a share, people familiar with the deal "
                        "said.") == {"HK$18.20": "ipo", "HK$21.40": "ipo"}


def test_a_funding_round_in_a_relative_clause_closed_before_the_main_verb_names_no_later_move():
    # a year in the clause is when the round was, no figure that carries the clause on
    found = find_money("Paystack Rivers, which was valued after a funding round in 2023, said transfers through its "
                       "wallet tripled last month.")
    assert [(m.text, m.market_kind) for m in found] == [("tripled", "other")]
    # (joins.tsv role=aside_teller) a sum in the clause carries it on no further than the main clause's "said"
    found = find_money("Paystack Rivers, which raised $90 million in a funding round, said transfers through its "
                       "wallet rose 48% in the quarter.")
    assert [(m.text, m.market_kind) for m in found] == [("$90 million", "investment"), ("48%", "other")]
    # a figure told on in the clause itself stays the clause's
    assert kind_by_text("Rival Quorra, which posted a 9% rise in revenue last week, fell 2.3% on Monday.") == {
        "9%": "revenue", "2.3%": "share_move"}
    # a bare change right after the clause's comma goes on with the clause's sum, a year in the clause or not
    assert kind_by_text("She runs the group's Gulf marketplace, which handled about $6 billion in gross merchandise "
                        "value across three countries in 2025, up 11% from the year before.") == {
        "$6 billion": "transaction_volume", "11%": "transaction_volume"}


def test_the_source_of_an_estimate_is_no_company_whose_stock_moves():
    found = one("Analysts polled by Visible Alpha expect growth of at least 35% in the three months to December.")
    assert (found.market_kind, found.subject) == ("other", "")
    assert one("Analysts polled by LSEG expect revenue of 245 billion yuan for the September quarter.").subject == ""


def test_a_sum_told_per_ads_in_dollars_is_the_profit_per_share_not_the_sum_in_another_currency():
    found = find_money("Net income attributable to the company's shareholders was RMB8.6 billion (US$1.2 billion), or "
                       "US$0.39 per ADS.")
    assert [(m.text, m.market_kind, m.amount_usd) for m in found] == [
        ("RMB8.6 billion (US$1.2 billion)", "profit", 1.2e9), ("US$0.39", "profit", 0.39)]


def test_a_dividend_per_ads_in_brackets_after_the_dividend_per_share_is_the_dividend_too():
    found = find_money("The board also approved a dividend of US$0.114 per share (or US$0.57 per ADS) for the third "
                       "quarter of 2025.")
    assert [(m.text, m.market_kind) for m in found] == [("US$0.114", "other"), ("US$0.57", "other")]


def test_a_sum_per_share_the_company_paid_right_after_a_dividend_is_that_dividend_but_a_buyers_price_stays_a_price():
    found = find_money("The interim payout will be made on Sept. 12 to holders of record on Aug. 29. The miner paid "
                       "about A$0.74 a share at the same stage last year.")
    assert [(m.text, m.market_kind) for m in found] == [("A$0.74", "other")]
    assert kinds_of("Investors paid $31 a share for the stock in March.") == [("$31", "share_price")]


def test_a_sum_per_share_paid_in_a_buyback_after_a_dividend_is_a_price_the_buyback_bought_at():
    found = find_money("Directors lifted the quarterly dividend to 24 cents. The retailer paid $57 a share in its "
                       "buyback in the spring.")
    assert [(m.text, m.market_kind) for m in found] == [("24 cents", "other"), ("$57", "share_price")]


def test_a_dividend_holders_will_be_paid_in_their_own_currency_is_that_dividend_but_a_takeover_s_sum_is_deal_money():
    found = find_money("The board declared a final dividend of 8 US cents per share. Shareholders on the Singapore "
                       "register will be paid in Singapore dollars, at S$0.1032 per share.")
    assert [(m.text, m.market_kind) for m in found] == [("8 US cents", "other"), ("S$0.1032", "other")]
    assert kinds_of("Under the agreement, Corvane shareholders will be paid $27.50 a share in cash.") == [
        ("$27.50", "investment")]


def test_a_percentage_a_price_moved_by_after_positions_and_another_clause_is_the_prices_move():
    # only the positions' own market stands between them and "by": past a comma, "as" or "and" the move is a price's
    assert ("4%", "share_move") in kinds_of("Fund managers pared their long positions as the stock climbed by 4% on "
                                            "Monday.")
    assert ("3%", "share_move") in kinds_of("Dealers closed out long positions in the bank, whose shares fell by 3% "
                                            "on Friday.")
    assert kinds_of("Hedge funds cut short positions against the yen by 12% last week.") == []


@pytest.mark.parametrize("sentence", [
    "The board raised its dividend. The retailer paid $54 a share in buybacks last year.",
    "The board cut its dividend. The miner paid $19 a share in its share buyback in April.",
    "The board raised its dividend. The brewer paid $72 a share in the tender offer in May.",
    "The board kept its dividend. The bank paid $40 a share in its repurchase programme in 2024.",
])
def test_a_sum_per_share_paid_in_any_buyback_after_a_dividend_is_a_price(sentence):
    assert [kind for text, kind in kinds_of(sentence) if text.startswith("$")] == ["share_price"]


def test_a_dividend_per_adr_after_the_dividend_per_ordinary_share_is_the_dividend_too():
    found = find_money("The utility declared a final dividend of 32 pence per ordinary share, or $1.60 per ADR.")
    assert [(m.text, m.market_kind) for m in found] == [("32 pence", "other"), ("$1.60", "other")]


def test_a_holding_described_by_a_fund_between_commas_still_moves_by_the_figure_after():
    found = one("Tencent, our second-largest position at 8.9%, gained 16% over the period.")
    assert (found.text, found.market_kind, found.subject) == ("16%", "share_move", "Tencent")


def test_earnings_per_ads_in_a_results_bullet_are_profit_not_a_share_price():
    found = find_money("* Adjusted EPS per ADS: 11.12 yuan (est. 12.39 yuan)")
    assert [(m.text, m.market_kind) for m in found] == [("11.12 yuan", "profit"), ("12.39 yuan", "profit")]


def test_money_withdrawn_from_funds_is_a_flow_and_a_funds_assets_are_neither_flow_nor_profit():
    assert one("Investors withdrew HK$21.4 billion from Hong Kong-listed exchange-traded funds in the week to "
               "Thursday.").market_kind == "investment"
    found = find_money("The Tracker Fund of Hong Kong, the city's largest ETF with about HK$150 billion in assets, saw "
                       "net redemptions of HK$9.8 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("HK$150 billion", "other"), ("HK$9.8 billion", "investment")]
    assert one("The company agreed to buy the assets for $2 billion.").market_kind == "investment"


def test_an_index_move_is_the_index_s_or_no_one_s_never_a_company_s_of_another_clause():
    found = find_money("JD.com shares have fallen 18% in Hong Kong this year, lagging the Hang Seng Index, which has "
                       "gained 29%.")
    assert [(m.text, m.market_kind, m.subject) for m in found] == [
        ("18%", "share_move", "JD.com"), ("29%", "other", "")]
    assert one(
        "Overnight, Wall Street ended mixed, with the Nasdaq Composite slipping 0.4%.").subject == "Nasdaq Composite"


def test_a_debut_premium_to_the_ipo_price_is_a_move_of_the_stock_in_plain_rupees():
    found = find_money(
        "Shares of eyewear retailer Lenskart Solutions opened at 395 rupees on Monday, a 3% premium to the "
        "initial public offering price of 382 rupees.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("395 rupees", "share_price"), ("3%", "share_move"), ("382 rupees", "share_price")]


def test_a_word_of_what_the_figure_is_is_no_ones_name():
    found = find_money("The Rs 7,278 crore ($820 million) IPO, which closed on Nov. 4, was subscribed 28.3 times, with "
                       "bids worth more than Rs 1.3 lakh crore.")
    assert [m.subject for m in found] == ["", ""]


def test_a_fortune_told_by_a_billionaires_index_is_net_worth_not_a_market_index():
    found = find_money("The Alibaba co-founder is now worth $29.7 billion, according to the Bloomberg Billionaires "
                       "Index.")
    assert [m.market_kind for m in found] == ["net_worth"]


def test_a_name_in_a_later_clause_is_not_whose_figure_it_is_when_one_stands_before():
    found = find_money("Jack Ma's net worth rose by $2.4 billion on Friday after shares of Alibaba Group Holding Ltd. "
                       "jumped 8.5% in Hong Kong.")
    assert [(m.market_kind, m.subject) for m in found] == [("net_worth", "Jack Ma"), ("share_move", "Alibaba Group")]


def test_a_name_that_describes_another_in_a_hyphened_compound_is_not_its_subject():
    assert one("Shares of Hong Kong-listed Alibaba rose 3% on Monday.").subject == "Alibaba"
    assert one("SoftBank sold its stake in Alibaba-backed Ant for $2 billion.").subject == "Ant"
    assert one("Shares of E-mart jumped 7.3 percent on the Korea Exchange.").subject == "E-mart", "a letter and a word"
    assert one("Reliance Retail is to buy a stake in an Alibaba-backed firm for Rs 1,200 crore.").subject != "Alibaba"


def test_a_figure_written_negative_is_below_zero_stored_as_a_loss_is():
    found = find_money("Free cash flow was negative 21.8 billion yuan in the December quarter, compared with "
                       "positive 39 billion yuan in the same quarter a year earlier.")
    assert [(m.text, m.amount, m.direction, m.market_kind) for m in found] == [
        ("21.8 billion yuan", 21.8e9, "down", "other"), ("39 billion yuan", 39e9, "", "other")]


def test_customers_that_revenue_comes_from_are_no_count_that_grew():
    assert one("She added that revenue from Korean customers grew more than 40 percent in the April-June period "
               "from a year earlier.").market_kind == "revenue"
    assert find_money("The number of Korean customers grew more than 40 percent in the April-June period.") == []


def test_buyers_a_platform_s_volume_comes_from_are_no_count_and_orders_from_them_stay_a_count():
    assert one("Gross merchandise value from first-time buyers in Vietnam jumped 55% in the quarter, the marketplace "
               "said.").market_kind == "transaction_volume"
    assert one("GMV from Thai sellers rose about 30 per cent last year.").market_kind == "transaction_volume"
    assert find_money("Orders from Thai buyers rose about 30 per cent last year, the marketplace said.") == []
    assert find_money("He said orders from Brazilian buyers on the platform had grown 50% so far this year.") == []


def test_a_central_banks_policy_rate_is_a_market_wide_figure_and_a_loans_rate_is_none():
    rate = one("China's central bank left the one-year loan prime rate unchanged at 3.0% on Monday for the fifth "
               "month in a row.")
    assert (rate.market_kind, rate.percent, rate.subject) == ("other", 3.0, "")
    found = find_money("The Fed cut its benchmark interest rate by a quarter point to a range of 3.75%-4%.")
    # a dash after a percentage is a range's, and the range is the level the cut took the rate to
    assert [(m.percent, m.direction) for m in found] == [(3.75, "down"), (4.0, "down")]
    assert find_money("The bank's mortgage rate rose to 4.1%, and the effective interest rate rose to 9.5%.") == []


def test_a_regions_output_and_added_value_are_statistics_and_a_companys_value_added_services_are_revenue():
    assert find_money("In January and February this year, the province's industrial robot output rose 28.6 percent "
                      "year-on-year, while the added value of core digital manufacturing rose 14.2 percent.") == []
    assert one("Value-added services revenue rose 12% in the quarter.").market_kind == "revenue"


def test_the_change_said_right_after_an_amount_is_that_amounts_whatever_word_follows():
    found = find_money("Adjusted EBITA was RMB143.9 billion, down 17%, as we invested heavily in quick commerce and "
                       "in AI infrastructure.")
    assert [(m.market_kind, m.percent) for m in found] == [("profit", None), ("profit", -17.0)]
    found = find_money("Its market value was HK$2 trillion, up 30% this year, as investors bought its shares.")
    assert [m.market_kind for m in found] == ["market_cap", "market_value_change"]
    # so is one a move's noun tells after its article, with "of" (joins.tsv role=noun_change), though no word of the
    # sum's kind stands in the sentence
    found = find_money("The four-day wine fair brought in 18.6 million euros, a rise of 7.2%, the best since 2019.")
    assert [(m.market_kind, m.percent) for m in found] == [("revenue", None), ("revenue", 7.2)]


def test_a_price_per_hour_of_a_service_and_the_total_spending_of_a_holiday_are_no_market_figures():
    assert find_money("A: They charge about 3,000 yen an hour for a GPU instance; we are around 40% cheaper.") == []
    assert find_money("Domestic trips during the holiday reached 888 million, the ministry said. Total spending rose "
                      "to 809 billion yuan.") == []
    assert find_money("Total spending during the holiday rose 12% from a year earlier.") == []
    assert one("Total spending by Alibaba on AI infrastructure rose to 80 billion yuan.").market_kind == "investment"


# --- round 19: names, commodities and index points -------------------------------------------

def test_a_company_name_with_and_inside_is_the_whole_subject_of_its_shares_move():
    mention = one("Shares of Hong Kong Exchanges and Clearing fell 2% in Hong Kong on Tuesday.")
    assert (mention.subject, mention.market_kind, mention.percent) == ("Hong Kong Exchanges and Clearing", "share_move",
                                                                       -2.0)


def test_a_company_name_with_of_inside_is_the_whole_subject_of_its_shares_move():
    assert one("Shares of Bank of America fell 2% after the results.").subject == "Bank of America"


@pytest.mark.parametrize("sentence, subject", [
    ("Bank of America rose 1% on Friday.", "Bank of America"),
    ("Procter and Gamble shares rose 2% after the results.", "Procter and Gamble"),
    ("The Bank of East Asia shares rose 2% in Hong Kong.", "Bank of East Asia"),
    ("Hong Kong Exchanges and Clearing rose 2% on Monday.", "Hong Kong Exchanges and Clearing"),
])
def test_a_name_that_moves_is_whole_across_a_word_inside_it(sentence, subject):
    assert one(sentence).subject == subject


def test_the_last_two_names_of_a_list_are_not_joined_into_one():
    assert one("Tencent, Alibaba and JD.com rose 2% on Monday.").subject == "JD.com"


def test_a_name_closed_by_a_legal_suffix_ends_before_and():
    assert one("Alibaba Group Ltd and Tencent shares fell 2%.").subject == "Tencent"


def test_a_market_word_before_of_is_no_part_of_the_name():
    assert one("Stocks of Alibaba rose 2% in Hong Kong.").subject == "Alibaba"


def test_a_revenue_line_that_opens_the_sentence_is_no_subject():
    found = find_money("Online marketing revenue rose 12% to 80 billion yuan.")
    assert [(m.market_kind, m.subject) for m in found] == [("revenue", ""), ("revenue", "")]


def test_a_revenue_line_keeps_the_company_the_sentence_names():
    found = find_money("Online marketing revenue at Alibaba rose 12% to 80 billion yuan.")
    assert {m.subject for m in found} == {"Alibaba"}


def test_a_company_named_with_a_commodity_word_that_opens_the_sentence_moves_as_a_stock():
    mention = one("Gold Fields rose 3% in Johannesburg trading.")
    assert (mention.market_kind, mention.subject, mention.percent) == ("share_move", "Gold Fields", 3.0)


def test_the_commodity_itself_that_opens_the_sentence_stays_the_whole_market():
    found = find_money("Gold rose 3% to $2,400 an ounce.")
    assert [(m.market_kind, m.percent, m.amount) for m in found] == [("other", 3.0, None), ("other", None, 2400.0)]


@pytest.mark.parametrize("headline", [
    "Gold Prices Rise 3% On Safe-Haven Demand",
    "Oil Prices Head for 5% Weekly Loss",
])
def test_a_title_case_headline_on_a_commodity_stays_the_whole_market(headline):
    assert one(headline).market_kind == "other"


@pytest.mark.parametrize("sentence, percent", [
    ("The Hang Seng Index lost 121 points, or 0.9 percent, to 13,500.", -0.9),
    ("The Hang Seng Index shed 121 points, or 0.9 percent, to 13,500.", -0.9),
    ("The Dow gave up 300 points, or 1.2 percent, in late trading.", -1.2),
    ("The Nasdaq added 50 points, or 0.4 percent, to close at 14,000.", 0.4),
    ("The Nikkei tacked on 30 points, or 1 percent.", 1.0),
    ("The Dow fell 1,234.56 points (2.5%) on Monday.", -2.5),
])
def test_an_index_move_told_in_points_gives_the_percentage_after_it_the_same_direction(sentence, percent):
    mention = one(sentence)
    assert (mention.market_kind, mention.percent) == ("other", percent)


# --- currencies a wire service writes, kinds of offerings, dividends and fees, moves by a multiple -----------------

@pytest.mark.parametrize("sentence, amount, currency", [
    ("In 1962 he borrowed 40,000 kroner from his father to buy a second-hand trawler.", 40000.0, "NOK"),
    ("The company listed in Oslo in May 1994, raising 650 million kroner.", 650e6, "NOK"),
    ("Equinor sold bonds worth NOK 2 billion on Tuesday.", 2e9, "NOK"),
    ("The bank raised 5 billion Swedish kronor in a rights issue.", 5e9, "SEK"),
    ("Orsted wrote down 290 billion Danish kroner on its US offshore wind projects.", 290e9, "DKK"),
    ("Orlen signed a contract worth 3 billion zlotys.", 3e9, "PLN"),
    ("Petrobras earned 36 billion reais in the quarter.", 36e9, "BRL"),
    ("Teva agreed to pay NIS 2 billion to settle the claims.", 2e9, "ILS"),
])
def test_nordic_crowns_and_other_wire_currencies_are_read_with_their_iso_code(sentence, amount, currency):
    money = [m for m in find_money(sentence) if m.amount is not None]
    assert [(m.amount, m.currency) for m in money] == [(amount, currency)]


def test_a_real_estate_deal_in_dollars_stays_in_dollars():
    assert [m.currency for m in find_money("Blackstone agreed to a $3 billion real estate deal.")] == ["USD"]


def test_kroner_in_a_danish_sentence_are_danish():
    assert [m.currency for m in find_money("The Danish shipping group earned 9 billion kroner.")] == ["DKK"]


def test_cents_take_the_currency_of_the_article_s_figures():
    text = ("Kestrel Resources posted a net profit of A$310 million for the year. The board declared a final "
            "dividend of 11 cents a share, up from 8 cents a year earlier.")
    cents = [m for m in find_money(text) if m.text.endswith("cents")]
    assert [(m.amount, m.currency, m.market_kind) for m in cents] == [(0.11, "AUD", "other"), (0.08, "AUD", "other")]
    assert [m.currency for m in find_money("Shares fell 1 cent to close at $3.25.")] == ["USD", "USD"]


@pytest.mark.parametrize("sentence, written, kind", [
    ("In the primary market, the Rs 15,500 crore initial public offering of Tata Capital, which closed on "
     "October 8, was subscribed 1.95 times.", "Rs 15,500 crore", "ipo"),
    ("LG Electronics India's Rs 11,607 crore issue drew bids worth over Rs 4.4 lakh crore.", "Rs 11,607 crore", "ipo"),
    ("Chery Automobile is due to start trading in Hong Kong on September 25 after pricing its HK$9.1 billion "
     "offering at the top of the range.", "HK$9.1 billion", "ipo"),
    ("Alibaba said it would issue $5 billion of exchangeable bonds due 2032.", "$5 billion", "investment"),
    ("The bank completed a 5 billion yuan issue of perpetual bonds.", "5 billion yuan", "investment"),
    ("July 9, 2018 - Xiaomi lists in Hong Kong at HK$17 a share, raising $4.7 billion, though the debut values it "
     "well below the $100 billion its bankers had once floated.", "$4.7 billion", "ipo"),
    ("The company cut costs, raising $2 billion.", "$2 billion", "investment"),
    ("US spot bitcoin exchange-traded funds took in $2.3 billion last week, the most since mid-July.", "$2.3 billion",
     "investment"),
    ("If Crisp accepts a better bid, it would owe Halcyon a breakup fee of $204 million.", "$204 million", "other"),
    ("Foreign portfolio investors turned net buyers this month, purchasing shares worth Rs 6,480 crore so far in "
     "October.", "Rs 6,480 crore", "investment"),
    ("The largest cryptocurrency was little changed at $115,240 at 10:30 a.m.", "$115,240", "share_price"),
])
def test_offerings_fees_purchases_and_prices_get_their_kind(sentence, written, kind):
    assert [(m.text, m.market_kind) for m in find_money(sentence) if m.text == written] == [(written, kind)]


def test_hong_kong_s_ipo_market_total_is_ipo_money_of_no_one():
    assert [(m.market_kind, m.subject) for m in find_money(
        "Hong Kong's IPO market had its busiest year since 2021 last year, with more than HK$280 billion raised.")] == [
        ("ipo", "")]


@pytest.mark.parametrize("sentence", [
    "Maple Securities said Chinese tech valuations, at about 14 times forward earnings, were still below their "
    "five-year average.",
    "The results were pushed back after the auditor asked for more time to review stock valuations at two of the "
    "group's five sites.",
])
def test_valuations_in_the_plural_without_a_figure_make_no_mention(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, text, percent, approx", [
    ("Its shares doubled in the first year of trading.", "doubled", 100.0, ""),
    ("Astrolith's shares fell 22 percent in the two days after that landing, though they have since more than "
     "tripled.", "tripled", 200.0, ">"),
    ("Xiaomi's shares have more than doubled over the past 12 months and are up 58% so far this year.", "doubled",
     100.0, ">"),
    ("The company's market value has halved since its 2020 peak.", "halved", -50.0, ""),
])
def test_a_move_by_a_multiple_is_a_percentage_of_the_multiple_less_one(sentence, text, percent, approx):
    found = [m for m in find_money(sentence) if m.text == text]
    assert [(m.percent, m.approx) for m in found] == [(percent, approx)]
    assert found[0].market_kind in ("share_move", "market_value_change")


def test_cents_after_a_dollar_sum_are_the_sum_per_share_not_the_same_sum_in_another_currency():
    found = find_money("Under the plan, unsecured creditors would receive about $92 million, or 21 cents for each "
                       "dollar they are owed.")
    assert [(m.text, m.currency) for m in found] == [("$92 million", "USD"), ("21 cents", "USD")]


@pytest.mark.parametrize("sentence, kind", [
    ("The US Justice Department is offering a $500,000 reward for information leading to the arrest.", "other"),
    ("The preferred stock, which would have a dividend rate of $1.76 a year, would be convertible.", "other"),
])
def test_a_reward_offered_is_no_offering_and_a_dividend_rate_is_no_share_price(sentence, kind):
    assert [m.market_kind for m in find_money(sentence)] == [kind]


@pytest.mark.parametrize("sentence, currency", [
    ("The Swiss drugmaker earned 12 billion francs last year.", "CHF"),
    ("UBS earned CHF 5 billion in the year. It set aside 2 billion francs for fines.", "CHF"),
    ("Renault lost 3 billion francs in 1997.", "FRF"),
])
def test_francs_are_swiss_where_the_sentence_or_the_article_says_so_else_french(sentence, currency):
    assert [m.currency for m in find_money(sentence)][-1] == currency


def test_rupees_written_rs_with_a_full_stop_are_money():
    assert [(m.amount, m.currency) for m in find_money("Reliance invested Rs. 500 crore in the venture.")] == [
        (5e9, "INR")]


def test_money_committed_to_a_project_is_an_investment():
    found = find_money("Lei announces that Xiaomi will build cars, committing $10 billion over the next decade.")
    assert [m.market_kind for m in found] == ["investment"]


def test_a_sum_knocked_off_a_market_value_is_a_change_of_it_not_the_value():
    mention = one(
        "Regulators unveiled draft rules to curb spending in online games that briefly knocked $80 billion off "
        "Tencent's market value.")
    assert (mention.market_kind, mention.direction) == ("market_value_change", "down")
    assert one("The selloff erased $26 billion from its market value.").market_kind == "market_value_change"
    mention = one("The rally added about US$40b to the group's market value.")
    assert (mention.market_kind, mention.direction) == ("market_value_change", "up")


def test_what_a_company_is_worth_is_its_market_value_and_what_a_person_is_worth_a_fortune():
    assert one("TSMC alone is now worth more than $1.5 trillion.").market_kind == "market_cap"
    assert find_money("Tencent, which had been worth close to $1 trillion in early 2021, lost more than half of its "
                      "market value in twenty months.")[0].market_kind == "market_cap"
    found = find_money("Forbes puts his fortune at $8.7 billion, well below the $18 billion he was worth at the peak "
                       "of Baidu's shares in 2021.")
    assert [m.market_kind for m in found] == ["net_worth", "net_worth"]


def test_a_sum_a_listing_raised_is_the_offerings():
    assert one("The listing raised $109 million.").market_kind == "ipo"


def test_the_range_a_revenue_forecast_was_raised_from_is_revenue_not_money_raised():
    found = find_money("For the full fiscal year 2025, the Company now expects total revenue of $1.60 billion to $1.61 "
                       "billion, raised from the range of $1.55 billion to $1.57 billion it provided on August 7, "
                       "2025.")
    assert [m.market_kind for m in found] == ["revenue"] * 4


def test_a_cash_flow_is_neither_profit_nor_money_invested():
    assert one("Free cash flow was an outflow of RMB 21.8 billion.").market_kind == "other"
    assert one("Operating cash flow for the nine-month period was $251.4 million.").market_kind == "other"


def test_the_upside_or_downside_a_target_implies_is_a_move_with_its_direction():
    mention = find_money("The new target implies about 25% upside from Friday's close of HK$633.50.")[0]
    assert (mention.market_kind, mention.direction, mention.percent) == ("share_move", "up", 25.0)
    mention = one("The cut target implies downside of about 12% from the last close.")
    assert (mention.direction, mention.percent) == ("down", -12.0)


def test_a_second_percentage_of_a_move_over_another_stretch_moves_the_same_way():
    found = find_money("Shares of Xiaomi are up 2.1% week on week and about 23% year to date.")
    assert [(m.text, m.direction, m.market_kind) for m in found] == [("2.1%", "up", "share_move"),
                                                                     ("23%", "up", "share_move")]
    found = find_money("Revenue rose 5% in the quarter and 40% of it came from China.")
    assert [m.text for m in found] == ["5%"], "a share of a whole after 'and' is no move"


def test_a_move_that_options_imply_is_a_move_of_the_stock_without_a_direction():
    mention = find_money("Options pricing implies a move of roughly 7% in either direction on Thursday, equivalent to "
                         "about $320 billion of market value.")[0]
    assert (mention.text, mention.market_kind, mention.direction) == ("7%", "share_move", "")


def test_the_level_of_a_share_of_gdp_told_after_it_is_a_statistic_too():
    assert find_money("Indonesia has set itself a target of raising its pension fund assets to 20% of GDP by 2030; it "
                      "is at about 7% today.") == []
    assert [m.text for m in find_money("Debt stood at 80% of GDP, and Alibaba shares fell 3%.")] == ["3%"]


def test_a_move_told_again_on_another_basis_after_or_keeps_its_direction():
    found = find_money("Revenue was RMB 247.8 billion, up 5% year-over-year, or 15% on a like-for-like basis excluding "
                       "disposed businesses such as Sun Art and Intime.")
    assert [(m.text, m.direction, m.percent) for m in found][1:] == [("5%", "up", 5.0), ("15%", "up", 15.0)]


@pytest.mark.parametrize("sentence, kind", [
    ("The deal was worth $5 billion including debt.", "investment"),
    ("The contract is worth about $2 billion over five years.", "other"),
    # an order's worth set off by a comma is the order's, no sum transacted on a platform
    ("The orders, worth about 4.2 billion yuan over three years, went to two battery makers in Ningde.", "other"),
    ("At its October 2020 peak, Alibaba was worth more than $850 billion.", "market_cap"),
])
def test_what_a_deal_or_a_contract_is_worth_is_no_company_s_market_value(sentence, kind):
    assert one(sentence).market_kind == kind


@pytest.mark.parametrize("sentence, amount", [
    ("The state signed a seven-year contract valued at about $3.2 billion with the rail builder.", 3.2e9),
    ("The agreement was valued at $450 million over six years, the ministry said.", 450e6),
])
def test_a_contract_or_an_agreement_valued_at_a_sum_is_money_it_moves_not_a_valuation(sentence, amount):
    found = one(sentence)
    assert (found.market_kind, found.amount, found.currency) == ("other", amount, "USD")


@pytest.mark.parametrize("sentence, amount, currency", [
    ("Auditors have valued the city's 35% stake in the regional water company at about £410 million.", 410e6, "GBP"),
    ("The bank values Norvale's stake in the lithium venture at roughly $1.2 billion.", 1.2e9, "USD"),
])
def test_a_stake_a_verb_of_valuing_puts_at_a_sum_is_valued_at_it_not_invested(sentence, amount, currency):
    found = one(sentence)
    assert (found.market_kind, found.amount, found.currency) == ("valuation", amount, currency)


def test_a_stake_bought_for_a_sum_stays_money_invested():
    assert one("The city bought a 35% stake in the regional water "
               "company for £410 million.").market_kind == "investment"


@pytest.mark.parametrize("sentence, expected", [
    ("During the festival, merchants booked 96.5 billion yuan in sales on Shopwave's platforms, the company said.",
     [("96.5 billion yuan", "transaction_volume")]),
    ("Sales of frozen seafood across its platforms rose 18% to 41 billion yuan in the year to June.",
     [("18%", "transaction_volume"), ("41 billion yuan", "transaction_volume")]),
    ("Sales through the group's marketplaces reached 2.1 trillion yuan last year.",
     [("2.1 trillion yuan", "transaction_volume")]),
])
def test_sales_on_the_platforms_an_owner_names_are_their_transaction_volume(sentence, expected):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == expected


def test_a_company_s_own_sales_told_on_a_day_stay_its_revenue():
    assert [(m.text, m.market_kind) for m in find_money("Shopwave reported sales of 236 "
                                                        "billion yuan on Thursday.")] == [
        ("236 billion yuan", "revenue")]


def test_traded_after_a_word_of_how_much_tells_how_often_goods_change_hands_not_a_stock_s_session():
    found = find_money(
        "The Vinexa 50 wine index, which tracks the prices of the most-traded wines, has fallen about 18% "
        "from its high in March 2023, and it dropped a further 1.1% in August.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [("1.1%", "other", "down")]


def test_an_exchange_named_as_where_shares_are_listed_is_no_index():
    found = one("Its Nasdaq-listed shares fell 9% on September 1, erasing most of their gains for the year.")
    assert (found.market_kind, found.percent) == ("share_move", -9.0)
    assert one("The Nasdaq fell 2% on Monday.").market_kind == "other"


def test_a_company_named_with_its_short_name_in_brackets_moves_by_its_figure():
    found = one("Semiconductor Manufacturing International Corp (SMIC), the country's largest contract chipmaker, "
                "gained 7.5% in Hong Kong on the same day.")
    assert (found.market_kind, found.subject) == ("share_move", "SMIC")


def test_it_that_moves_right_after_a_stock_s_price_is_the_stock():
    found = find_money("Tencent traded below HK$300 in October 2022, when investors were still bruised by Beijing's "
                       "two-year crackdown on internet platforms. It has more than doubled since then, and it is up "
                       "41% since January.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("HK$300", "share_price"), ("doubled", "share_move"), ("41%", "share_move")]
    assert [m.market_kind for m in find_money("The Hang Seng Index closed down 0.9% at 25,410. It has gained 12% "
                                              "this year.")] == ["other", "other"]


@pytest.mark.parametrize("text", [
    "Alibaba said on August 28 that revenue for the June quarter rose 6% to 262.3 billion yuan. Cloud Intelligence "
    "grew 31%, its fastest pace in four years.",
    "Marketing services, its advertising business, was the bright spot, with sales up 21% to 36.9 billion yuan. "
    "Fintech and business services grew 9%.",
])
def test_a_business_unit_that_grows_right_after_a_revenue_figure_grows_its_revenue(text):
    assert find_money(text)[-1].market_kind == "revenue"


def test_a_net_loss_told_as_a_level_goes_down():
    found = one("Harrow Ferries posted a net loss of 74 million kronor for the first half after two ships were laid "
                "up.")
    assert (found.market_kind, found.direction) == ("profit", "down")


def test_a_company_that_loses_billions_posts_a_loss():
    found = one("Moore Threads lost 1.6 billion yuan last year.")
    assert (found.market_kind, found.amount, found.direction) == ("profit", 1.6e9, "down")
    assert one("Tencent lost HK$3.40 on Monday.").market_kind == "share_move"


def test_a_non_ifrs_measure_is_a_profit():
    found = find_money("Net profit attributable to shareholders came in at 55.1 billion yuan, up 19% from a year "
                       "earlier. Tencent's preferred non-IFRS measure rose 15% to 63.4 billion yuan.")
    assert [m.market_kind for m in found] == ["profit"] * 4


def test_an_estimate_a_figure_is_compared_with_is_of_the_same_measure():
    found = find_money("Revenue was 198.6 billion yuan for the three months to September 30, against an average "
                       "analyst estimate of 196.2 billion yuan compiled by LSEG.")
    assert [m.market_kind for m in found] == ["revenue", "revenue"]


@pytest.mark.parametrize("text, figure, kind", [
    ("Revenue fell 34% that year to £118 million, and the family put in £6 million of its own money the following "
     "January.", "£6 million", "investment"),
    ("He plans to open a second factory, in Rotherham, by 2028, at a cost of £35 million.", "£35 million",
     "investment"),
    ("3.6 trillion yuan: the value of goods sold online in China in the first seven months of 2026, up 8.9% on the "
     "same period last year.", "8.9%", "transaction_volume"),
    ("German baseload power for delivery next week rose 18% to €164 a megawatt hour on the EEX exchange, while the "
     "French equivalent climbed 23% to €171.", "23%", "other"),
])
def test_money_put_in_a_cost_goods_sold_and_a_power_price_have_their_kinds(text, figure, kind):
    assert [m.market_kind for m in find_money(text) if m.text == figure] == [kind]


def test_a_multiple_a_figure_is_of_another_value_is_a_move_by_it_only_as_a_market_figure():
    found = find_money("The round values the five-year-old company at about 40 billion yuan, roughly double its "
                       "valuation at the end of 2024.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [
        ("40 billion yuan", "valuation", None), ("double", "valuation", 100.0)]
    assert find_money("He scored about double the points.") == []


def test_a_fraction_wiped_off_stocks_is_a_fall():
    found = one("Margin debt hit a record on October 15, weeks before a crash that wiped a third off Chinese stocks.")
    assert (found.text, found.percent, found.direction) == ("a third", -33.33, "down")


def test_a_move_told_again_for_another_stock_without_its_verb_is_that_stocks_move():
    found = find_money("Alibaba fell 3% on Friday, and Tencent 2%.")
    assert [(m.text, m.market_kind, m.percent, m.direction, m.subject) for m in found] == [
        ("3%", "share_move", -3.0, "down", "Alibaba"), ("2%", "share_move", -2.0, "down", "Tencent")]


def test_a_share_of_a_whole_after_another_name_is_no_gapped_move():
    found = find_money("Alibaba fell 3% and Tencent said 40% of revenue came from games.")
    assert [m.text for m in found] == ["3%"]


def test_a_moves_running_total_after_to_keeps_the_direction_of_the_move():
    found = find_money("Overnight in New York, the Nasdaq Golden Dragon China Index climbed 2.3%, taking its gain "
                       "since the start of September to 11%.")
    assert [(m.text, m.direction, m.percent) for m in found] == [("2.3%", "up", 2.3), ("11%", "up", 11.0)]


def test_estimates_lifted_by_percentages_go_up_and_a_cut_forecast_goes_down():
    found = find_money("They lifted their revenue estimates for FY26 and FY27 by 3% and 4% respectively, to 862 "
                       "billion yuan and 951 billion yuan.")
    assert [(m.text, m.direction) for m in found if m.percent is not None] == [("3%", "up"), ("4%", "up")]
    found = one("The brokerage cut its earnings forecasts for the year by 12%.")
    assert (found.direction, found.percent) == ("down", -12.0)


@pytest.mark.parametrize("sentence, moves", [
    ("Last year, both stocks fell in the two weeks after the festival, by 6% and 9% respectively.",
     [("6%", -6.0), ("9%", -9.0)]),
])
def test_a_move_told_before_its_stretch_and_a_comma_gives_its_size_after_by_the_direction(sentence, moves):
    assert [(m.text, m.percent) for m in find_money(sentence)] == moves


def test_the_second_end_of_a_range_is_of_the_first_ends_kind_whatever_word_follows_it():
    found = find_money("Analysts at one Hong Kong brokerage put Ant's value at between $110 billion and $140 billion, "
                       "a range that would make it the city's largest listing since Alibaba's own in 2019.")
    assert [m.market_kind for m in found] == ["valuation", "valuation"]


def test_the_first_end_of_a_range_takes_the_kind_the_word_after_the_range_gives_its_second_end():
    found = find_money("Analysts polled by LSEG expect the retailer to post between $38 billion and $40 billion in "
                       "quarterly revenue on Thursday.")
    assert [(m.text, m.market_kind) for m in found] == [("$38 billion", "revenue"), ("$40 billion", "revenue")]


@pytest.mark.parametrize("sentence, level", [
    ("Brazil's central bank cut its benchmark Selic interest rate by 50 basis points to 14.25% on Wednesday.",
     (14.25, "down")),
    ("The Bank of England cut Bank Rate to 3.5% on February 5, its sixth reduction since August 2024.", (3.5, "down")),
    ("Economists at Itau Unibanco expect the Selic to fall to 12.75% by the end of this year.", (12.75, "down")),
    # a headline's two verbs: the level takes the one right before it
    ("Hungary lets forint weaken and raises rates to 13%", (13.0, "up")),
    ("Kenya lets shilling rally and cuts rates to 10%", (10.0, "down")),
    # a move told as a noun, its size and its level, in a sentence that names the central bank
    ("Economists polled by Bloomberg expect the Central Bank of Chile to announce a rate cut of 50 basis points to "
     "4.75% on Tuesday.", (4.75, "down")),
    ("Traders now price in a hike of 25 basis points to 5.5% at the Fed's July meeting.", (5.5, "up")),
    # ... its size told in words as a part of a point
    ("The Reserve Bank of India announced a cut of half a percentage point to 5.25% on Friday.", (5.25, "down")),
    # ... its size told before the noun, in words or in digits
    ("Most economists expect the Bank of Thailand to deliver a quarter-point cut to 1.5% at its April meeting.",
     (1.5, "down")),
    ("Futures traders now bet on a 50-basis-point hike to 4.75% when the central bank meets in June.", (4.75, "up")),
])
def test_the_level_a_policy_rate_was_moved_to_keeps_its_value_and_takes_the_direction(sentence, level):
    assert [(m.percent, m.direction) for m in find_money(sentence)] == [level]


@pytest.mark.parametrize("text, levels", [
    # the sentence before names the central bank and its rate
    ("Turkey's central bank held its one-week repo rate at 46% in June. Most economists polled expect a cut of 250 "
     "basis points to 43.5% in July.", [(46.0, ""), (43.5, "down")]),
    ("The Reserve Bank of New Zealand kept its cash rate at 5.5% on Wednesday. Analysts expect a rate cut of 0.25% to "
     "5.25% by November.", [(5.5, ""), (5.25, "down")]),
    # a lender's own move is none: no central bank named, or a rate on its own loans
    ("Mortgage lender Halden Homes announced a rate cut of 0.3% to 4.9% on Monday.", []),
    ("The central bank left its policy rate unchanged last week. Halden Homes then offered a rate cut of 0.3% to 4.9% "
     "on its five-year fixed mortgages.", []),
    # "fed up" names no Fed: only the short name in its capital does
    ("Savers are fed up with low returns. Analysts expect a cut of 25 basis points to 3.5% in June.", []),
    ("Savers are waiting on the Fed. Analysts expect a cut of 25 basis points to 3.5% in June.", [(3.5, "down")]),
    # a move told by its noun alone, no size, after a sentence that names the rate
    ("The monetary policy committee held the one-day repurchase rate at 2.0% on Wednesday. Two members voted for a "
     "reduction to 1.75%.", [(2.0, ""), (1.75, "down")]),
    # ... but a rise with no size may be of prices: no rate's level
    ("The central bank kept its policy rate unchanged. It expects inflation to see a rise to 4% next year.", []),
    # ... nor is a cut to a share "of" a thing, though a central bank is named
    ("The carrier announced a cut to 15% of its ground staff, days after the central bank raised its key rate.", []),
    # ... nor a level told "in" a tax: that levy's rate
    ("Hoteliers lobbied for a reduction to 9% in the tourist tax, while the central bank kept rates on hold.", []),
    # ... nor the level a verb took "the rate" to, told "on" a duty
    ("Ministers raised the rate to 14% on the alcohol duty in the budget, while the central bank kept rates on hold.",
     []),
])
def test_the_level_of_a_rate_move_told_as_a_noun_is_the_central_banks_only_where_one_is_named(text, levels):
    assert [(m.percent, m.direction) for m in find_money(text)] == levels


@pytest.mark.parametrize("sentence, level", [
    ("Economists at Nordbank expect two more cuts by the Riksbank next year, taking the policy rate to 1.5% by June.",
     [(1.5, "down")]),
    ("Traders see a further rise in July, which would take the key rate to 5.25%.", [(5.25, "up")]),
    ("Analysts expect the bank to pause in May and to cut in June and September, leaving the rate at 3% to 3.25% by "
     "the autumn.", [(3.0, "down"), (3.25, "down")]),
    # (no move before the comma: a level held is no move)
    ("The central bank met on Tuesday, leaving the rate at 4.5%.", [(4.5, "")]),
])
def test_the_level_a_clause_after_a_rate_moves_comma_carries_the_rate_to_takes_the_moves_direction(sentence, level):
    assert [(m.percent, m.direction) for m in find_money(sentence)] == level


@pytest.mark.parametrize("sentence, levels", [
    ("Economists at Itau Unibanco expect the Selic to fall to 12.75% by the end of this year and to 11% by the end of "
     "2027.", [(12.75, "down"), (11.0, "down")]),
    ("Economists at Itau Unibanco expect the Selic to fall to 12.75% by the end of this year and to stay at 11% in "
     "2027.", [(12.75, "down"), (11.0, "")]),
    # a second rate the same verb moved, its verb left out: the bank's corridor, no lender's interest
    ("The central bank raised its one-week repo rate to 38% and its overnight lending rate to 41% on Thursday.",
     [(38.0, "up"), (41.0, "up")]),
    ("Halden Savings raised its deposit rate to 3.1% and its lending rate to 6.4% on Monday.", [(3.1, "up")]),
])
def test_a_second_level_of_a_rates_move_joined_by_and_to_goes_the_same_way(sentence, levels):
    assert [(m.percent, m.direction) for m in find_money(sentence)] == levels


@pytest.mark.parametrize("text, kinds", [
    ("Brightway said it expects net sales of $4.62 billion to $4.66 billion for fiscal 2025, which ends on Jan. 31. "
     "Analysts had expected $4.71 billion, according to LSEG data.", ["revenue", "revenue", "revenue"]),
])
def test_an_expectation_names_the_measure_again_past_a_date_whose_point_ends_no_sentence(text, kinds):
    assert [m.market_kind for m in find_money(text)] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("A year earlier the retailer booked an operating profit of 812 million euros. This time analysts expect about "
     "640 million euros.", {"812 million euros": "profit", "640 million euros": "profit"}),
    ("Capital spending rose to $4.3 billion in the March quarter. Analysts polled by Visible Alpha expect roughly $5 "
     "billion for the June quarter.", {"$4.3 billion": "investment", "$5 billion": "investment"}),
    ("Capital spending rose to $4.3 billion in the March quarter. Analysts expect the group to hold $5 billion in "
     "cash by June.", {"$4.3 billion": "investment", "$5 billion": "other"}),
    ("Sales climbed to 88 billion rupees in the year. Analysts expect about 4 billion rupees of share buybacks "
     "next year.", {"88 billion rupees": "revenue", "4 billion rupees": "investment"}),
    ("Sales climbed to 88 billion rupees in the year. Analysts now expect 6 billion rupees in dividends.",
     {"88 billion rupees": "revenue", "6 billion rupees": "other"}),
])
def test_what_analysts_now_expect_in_the_sentence_after_a_measure_is_that_measure_unless_the_sum_names_its_own(
        text, kinds):
    assert kind_by_text(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("Next in line is Zhejiang Lanbo Robotics, which passed its listing hearing on Tuesday and plans to start taking "
     "orders next Wednesday, people familiar with the deal said.\n\nThe maker of warehouse robots is seeking to raise "
     "up to HK$4.2 billion at HK$38.50 to HK$42.80 a share.", ["ipo", "share_price", "share_price"]),
    ("It listed in Hong Kong in January, raising HK$4.3bn. Its shares have fallen by 31% since their debut. Moonshot "
     "AI raised $1bn in February 2024 in a round led by Alibaba.", ["ipo", "share_move", "investment"]),
    ("Its listing was delayed again in March. The company raised 2 billion yuan from state funds.", ["investment"]),
])
def test_a_sum_raised_with_a_bare_word_right_after_a_sentence_naming_a_listing_is_the_listings(text, kinds):
    assert [m.market_kind for m in find_money(text)] == kinds


@pytest.mark.parametrize("text", ["Bank of America, the lender, fell 2%.", "Bank of America fell 2%."])
def test_a_name_with_a_word_inside_it_and_an_appositive_is_the_whole_name(text):
    assert [m.subject for m in find_money(text)] == ["Bank of America"]


def test_a_stock_upgraded_to_overweight_is_an_analysts_rating_not_a_fund_weighting():
    found = find_money("Morgan Stanley upgrades Tencent to overweight, sees 25% upside as AI spending pays off")
    assert [(m.text, m.direction) for m in found] == [("25%", "up")]
    assert find_money("Fund managers remain overweight Chinese stocks by 2.5 percentage points, at 12%.") == []


def test_a_record_surpassed_is_of_the_measure_of_the_flow_before_it():
    found = find_money("Southbound investors from mainland China have bought a net HK$1.1 trillion of Hong Kong "
                       "stocks so far in 2025, already surpassing the full-year record of HK$808 billion set in 2024, "
                       "according to exchange data.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("HK$1.1 trillion", "investment"), ("HK$808 billion", "investment")]


def test_an_amount_with_its_dollar_equivalent_in_brackets_is_one_row_in_its_own_currency():
    found = one("Tencent's market capitalisation stands at about HK$5.8 trillion ($745 billion), making it Asia's "
                "second most valuable listed company.")
    assert (found.amount, found.currency, found.amount_usd, found.market_kind) == (5.8e12, "HKD", 745e9, "market_cap")


def test_earnings_per_diluted_share_are_profit():
    found = find_money("GAAP net income was $28.3 million, or $0.41 per diluted share, compared to a net loss of "
                       "$9.7 million, or $0.14 per diluted share, in the prior-year period.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("$28.3 million", "profit"), ("$0.41", "profit"), ("$9.7 million", "profit"), ("$0.14", "profit")]


def test_a_currencys_move_is_the_whole_markets_like_an_indexs():
    found = find_money("The Canadian dollar weakened 0.4% to 1.3975 per U.S. dollar, or 71.56 U.S. cents, after the "
                       "decision.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [("0.4%", "other", -0.4)]
    assert [(m.market_kind, m.percent) for m in find_money("The euro rose 0.3% on Tuesday.")] == [("other", 0.3)]
    found = find_money("Sony shares fell 2% as the yen strengthened 0.5% against the dollar.")
    assert [(m.market_kind, m.percent) for m in found] == [("share_move", -2.0), ("other", 0.5)]


def test_a_share_move_on_a_debut_is_the_stocks_move_and_money_raised_in_it_the_listings():
    assert one("Shares of the chipmaker quadrupled on their debut in Shanghai on Friday.").market_kind == "share_move"
    assert one("Chery jumped 20% on its debut in Hong Kong.").market_kind == "share_move"
    assert one("The debut raised $1.2 billion.").market_kind == "ipo"


def test_a_move_of_demand_volumes_or_traffic_is_a_statistic_not_a_stock_move():
    assert find_money("Demand fell 3% in the quarter.") == []
    assert find_money("Sales volumes rose 5% in the first half.") == []
    assert one("Alibaba fell 3% in the quarter.").market_kind == "share_move"


def test_a_name_inside_a_description_between_commas_is_not_whose_figure_it_is():
    found = one("Cambricon Technologies, once a loss-making supplier to Huawei, reported revenue of 4.6 billion yuan.")
    assert (found.market_kind, found.subject) == ("revenue", "Cambricon Technologies")
    assert one("Alibaba, which owns Taobao, reported revenue of 4.6 billion yuan.").subject == "Alibaba"
    assert one("Bethlehem, the nation's second largest steelmaker, earned $46.9 million.").subject == "Bethlehem"


def test_a_person_described_between_commas_who_speaks_is_not_whose_figure_it_is():
    assert one("Gary Lukassen, chief financial officer, said the plan will cut costs by C$17.9 million a year."
               ).subject != "Gary Lukassen"
    assert one("Jay Stevens, an analyst with Dean Witter, said the company reported revenue of $2.4 billion."
               ).subject != "Jay Stevens"


def test_a_charge_or_write_down_is_a_cost_not_the_profit():
    assert one("Toyota booked a $380 million charge for the recall.").market_kind == "other"
    assert one("The bank recorded a write-down of $1.2 billion on its property loans.").market_kind == "other"
    assert one("SoftBank booked a gain of $4.6 billion from the sale.").market_kind == "profit"


def test_a_pay_rise_or_a_wage_offer_is_no_money_raised():
    assert kinds_of(
        "The company's latest proposal, made last Friday, would raise basic pay by 4.5% this year and 3.5% in "
        "2027, and add a one-off payment of £1,500.") == [
        ("4.5%", "other"), ("3.5%", "other"), ("£1,500", "other")]
    assert kinds_of(
        "The last major dispute at Tilbury ended in September 2022 with a two-year deal that raised pay by 7% "
        "in the first year and 5% in the second.") == [("7%", "other"), ("5%", "other")]
    assert one("Microsoft agreed to pay $69 billion for Activision.").market_kind == "investment"


def test_a_sum_raised_after_the_clause_that_priced_an_offering_is_the_offerings():
    found = find_money("Veridane priced its offering of 24 million shares at $44 each late on Wednesday, above the "
                       "marketed range of $38 to $41 that it had raised on Monday, raising $1.06 billion.")
    assert found[-1].text == "$1.06 billion" and found[-1].market_kind == "ipo"
    assert one("Ant raised $5 billion from investors, raising its stake in the unit.").market_kind == "investment"


def test_an_amount_that_moved_from_the_amount_after_it_takes_that_direction():
    found = find_money(
        "Adjusted earnings per American depositary share are forecast at 13.05 yuan, down from 15.06 yuan "
        "a year ago.")
    assert [(m.text, m.direction) for m in found] == [("13.05 yuan", "down"), ("15.06 yuan", "")]
    assert find_money("Revenue was $5.2 billion, up from $4.1 billion a year earlier.")[0].direction == "up"


def test_a_price_per_unit_moved_from_a_sum_past_its_own_place_and_time_takes_the_direction_not_past_a_comma():
    found = find_money("Butter fetched an average of 5.10 euros a kilo at dairy auctions across the Netherlands in the "
                       "week to Friday, down from 5.45 euros.")
    assert [(m.text, m.direction) for m in found] == [("5.10 euros", "down"), ("5.45 euros", "")]
    found = find_money("Butter fetched an average of 5.10 euros a kilo, the dairy board said on Friday in its weekly "
                       "survey, down from 5.45 euros.")
    assert [m.direction for m in found] == ["", ""]


def test_a_sum_moved_from_a_base_past_its_whole_clause_takes_the_direction_when_nothing_breaks_the_clause():
    sentence = ("The 640 million crowns the shipping group booked from its tanker venture in the first half reflects "
                "the venture's results for the winter months, down from {} million crowns a year earlier.")
    found = find_money(sentence.format(910))
    assert [(m.text, m.direction) for m in found] == [("640 million crowns", "down"), ("910 million crowns", "")]
    # a base on the other side of the move names no move of the sum
    assert [m.direction for m in find_money(sentence.format(510))] == ["", ""]


def test_a_listing_that_could_value_a_company_gives_a_valuation():
    assert one("Analysts say a listing could come as early as 2027 and value Ant at around $80 billion."
               ).market_kind == "valuation"


def test_a_coupon_debt_or_an_insured_loss_is_neither_a_fine_nor_money_raised_nor_a_profit():
    assert one("Jinhai first missed a payment in July 2023, when it failed to pay a US$21.4 million coupon on its "
               "notes."
               ).market_kind == "other"
    assert one("The plan, which covers US$6.8 billion of dollar bonds and loans, will swap existing notes for new "
               "bonds."
               ).market_kind == "other"
    assert kinds_of("Insurers had received 3,100 claims, with insured losses estimated at A$410 million, a figure it "
                    "expects to climb above A$1 billion by the end of March.") == [
        ("A$410 million", "other"), ("A$1 billion", "other")]
    assert one("Japan's financial regulator ordered MUFG to pay 1.4 billion yen.").market_kind == "fine"
    assert one("In July we issued HK$12 billion of zero-coupon "
               "exchangeable bonds due 2032.").market_kind == "investment"


def test_a_company_that_moves_by_a_participle_after_a_short_predicate_is_its_stock():
    found = one("Xiaomi bucked the trend, rising 2.1% after the smartphone maker said it delivered more than 40,000 "
                "electric vehicles in February.")
    assert (found.market_kind, found.subject) == ("share_move", "Xiaomi")
    # a name inside a clause opens none: the shares are Benfica's
    assert find_money("Benfica's shares, which trade on the Lisbon exchange, rose 6 percent on Tuesday to €4.12."
                      )[0].subject == "Benfica"


def test_the_second_of_two_moves_of_the_same_stocks_is_their_move_too():
    found = find_money("Chipmakers SMIC and Hua Hong Semiconductor tumbled 6.2% and 7.5% respectively.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("6.2%", "share_move", "down"), ("7.5%", "share_move", "down")]


def test_a_long_or_decimal_named_products_price_cut_is_no_market_figure():
    assert find_money("Alibaba lowered the price of its visual-language model Qwen-VL by up to 85%.") == []
    assert find_money(
        "Its Volcano Engine unit cut the price of its Doubao 1.5 Pro model by a further 63% last month.") == []
    assert one("Alibaba cut the price of its shares by 5% in the offering.").market_kind != ""
    # the level and the day it was cut on may stand between the price and its "by" (only not_money.tsv's percent row
    # of price cuts decides this: without it the 20% is a share move)
    assert find_money("The robot maker cut the price of its smaller model to 59,000 yuan on March 3, by 20%.") == []


# --- scope and kinds from reader sets U-X ----------------------------------------------------------

def test_an_economys_business_investment_household_spending_and_prices_make_no_row():
    assert find_money(
        "Business investment grew 1.8% in the fourth quarter, and was 3.9% higher than a year earlier.") == []
    assert find_money("Household spending rose 0.1% on the quarter.") == []
    assert find_money("Inflation remains the central bank's main concern. Prices rose 0.4% in December from the month "
                      "before.") == []
    # a stock told again in a second predicate stays a move
    assert kinds_of("Alibaba shares rose 5% in May, and were 30% higher than a year earlier.") == [
        ("5%", "share_move"), ("30%", "share_move")]


def test_the_price_a_product_was_cut_to_is_no_market_figure_but_an_offer_raised_to_a_price_is():
    assert find_money("When BYD cut the price of its Seagull hatchback to 55,800 yuan in May 2025, rivals said the "
                      "move would push weaker carmakers to the brink.") == []
    assert one("The buyer raised the price of its offer to $50 a share.").market_kind == "investment"


def test_a_days_turnover_is_the_markets_and_an_ipo_revival_is_no_ipo():
    assert kinds_of("The Hang Seng Index has risen 31% this year, and average daily turnover climbed to HK$250 billion "
                    "in the third quarter.") == [("31%", "other")]
    assert find_money("Hong Kong's IPO revival is real.") == []


def test_a_sum_knocked_off_a_value_or_lost_by_stocks_is_market_value_lost():
    assert kinds_of("In January 2025, DeepSeek's R1 model knocked almost $600 billion off Nvidia's value in one day, a "
                    "record that still stands.") == [("$600 billion", "market_value_change")]
    assert kinds_of("Chip stocks lose $410 billion as Chinese lab's cheap model rattles Wall Street") == [
        ("$410 billion", "market_value_change")]
    # a company that loses a sum still posts a loss
    assert one("Moore Threads, a graphics-chip maker, lost 1.6 billion yuan last year.").market_kind == "profit"


def test_a_capitalised_index_and_a_commoditys_futures_move_as_the_whole_market():
    assert kinds_of("The Philadelphia Semiconductor Index dropped 7.9%, its worst day since April 2025, when tariff "
                    "fears swept markets.") == [("7.9%", "other")]
    assert kinds_of("Gasoline futures gained 4%.") == [("4%", "other")]
    assert one("Index Ventures invested $50 million in the startup.").market_kind == "investment"


def test_money_raised_through_offerings_or_by_a_listing_that_raises_it_is_the_offerings():
    assert one("In 2023, Alibaba and Tencent raised just HK$46.3 billion through initial public offerings in the "
               "city.").market_kind == "ipo"
    assert one("* Nov 26, 2019 - Completes a secondary listing in Hong Kong that raises HK$88 billion ($11.2 "
               "billion).").market_kind == "ipo"
    assert one("The startup raised $1 billion in stock.").market_kind == "investment"
    assert one("Alibaba bought a startup that raised $50 million last year.").market_kind == "investment"


def test_a_sum_lost_after_a_word_of_raising_is_a_loss_and_a_level_left_unchanged_is_no_move():
    assert one("Nio has not turned a quarterly profit since it listed in New York in 2018 and lost 5.1 billion yuan "
               "in the three months to December.").market_kind == "profit"
    assert one("The stock has lost $2 billion in value since the IPO.").market_kind == "market_value_change"
    assert find_money("Growth in the second quarter was left unchanged at 0.3%.") == []
    assert one("Alibaba's shares were unchanged at HK$118.50 in afternoon trade.").market_kind == "share_price"
    # the multiple a dropped figure is of another value is no figure either
    assert kinds_of("The Hang Seng Index has risen 31% this year, and average daily turnover climbed to HK$250 billion "
                    "in the third quarter, more than double the level of a year earlier.") == [("31%", "other")]


def test_a_quantifier_that_opens_a_sentence_names_no_company():
    # "Both" is capitalised only because it opens the sentence (names.tsv role=lead); economies' growth is a statistic
    assert find_money("Both economies grew 2% last year, the statistics office said.") == []
    assert one("Each bank lost about 3% in the session.").subject == ""


def test_a_combined_sum_raised_by_listings_is_ipo_money():
    found = find_money("As of Friday, 112 companies had listed on the main board and GEM since January, raising a "
                       "combined HK$285 billion, according to figures compiled by the exchange.")
    assert [(m.text, m.market_kind) for m in found] == [("HK$285 billion", "ipo")]


def test_a_pronoun_after_a_conceding_word_is_still_the_stocks_that_moved_before():
    found = find_money("BNP Paribas lost 1.9% and Societe Generale dropped 2.6% to 52.30 euros, though both remained "
                       "more than 40% higher since the start of the year.")
    assert [(m.text, m.market_kind) for m in found][-1] == ("40%", "share_move")


def test_a_multiple_in_the_present_is_a_move_only_after_a_stock_word():
    found = find_money("Nov 6, 2007 - Alibaba.com, the business-to-business unit, lists in Hong Kong, raising HK$13.1 "
                       "billion. Its shares nearly triple on the first day of trading.")
    assert [(m.text, m.market_kind, m.percent, m.approx) for m in found][-1] == ("triple", "share_move", 200.0, "~")
    assert find_money("The company aims to triple capacity by 2027.") == []
    assert [m.text for m in find_money("Outstanding dollar bonds issued by Asian firms outside Japan reached about "
                                       "$1.2 trillion at the end of 2024, nearly triple the level of 2010.")] == [
        "$1.2 trillion"]


def test_a_companys_share_that_rose_to_a_level_is_a_share_of_a_whole():
    assert find_money("Meituan handled about 62% of food-delivery orders in July, down from roughly 70% at the end "
                      "of 2024, according to consultancy Trustdata, while Alibaba's share rose to 26% and JD's to "
                      "12%.") == []
    assert one("Alibaba's share price rose to HK$120.").market_kind == "share_price"


def test_the_exchange_a_companys_shares_trade_on_is_no_index():
    found = find_money("Aurora's shares, which trade on the Nasdaq, fell 11.6% on Monday, wiping about $180 million "
                       "off its market value, and were down another 2.3% at $21.47 on Tuesday.")
    assert [(m.text, m.market_kind) for m in found][:2] == [("11.6%", "share_move"),
                                                            ("$180 million", "market_value_change")]
    assert one("The Nasdaq fell 1.2% on Monday.").market_kind == "other"


def test_the_price_a_price_per_hour_is_set_against_is_a_product_price_too():
    assert find_money("A standard four-core virtual machine in its Singapore region now costs about $0.11 an hour, "
                      "against roughly $0.19 for a comparable instance from Amazon Web Services, according to a Nikkei "
                      "Asia comparison of published rates.") == []
    assert [m.text for m in find_money("Revenue was $5 billion, against $4.2 billion a year ago.")] == [
        "$5 billion", "$4.2 billion"]


def test_a_count_and_its_move_told_after_a_comma_are_not_money():
    assert find_money("Its budget arm, HK Express, carried 612,000 passengers in April, up 25%, helped by new routes "
                      "to Japan and South Korea.") == []
    assert find_money("Passenger load factor, the share of available seats filled, rose 2.1 percentage points to "
                      "84.7%. Cargo volumes fell 3.2% to 118,000 tonnes as U.S. tariffs weighed on shipments.") == []
    assert find_money("Nimbus shipped 41.3 million smartphones in 2025, down 9% from 2024, according to research firm "
                      "IDC.") == []
    found = find_money("Alibaba's revenue from customers rose to $30bn, up 5%.")
    assert [m.text for m in found] == ["$30bn", "5%"]


def test_a_premium_told_with_about_over_the_stock_is_the_deals_not_a_move():
    found = find_money(
        "Haneul will issue 1.7 million new shares at 41,500 won apiece, a premium of about 18 percent over "
        "Haneul's average closing price of the past month, according to a regulatory filing by Haneul.")
    assert [(m.text, m.market_kind) for m in found] == [("41,500 won", "share_price"), ("18 percent", "investment")]


def test_a_holding_cut_to_a_level_is_a_stake():
    found = find_money("Tencent sold its stake in JD for about $570 million, and in the fourth quarter it cut its "
                       "holding in video site Bilibili Inc. to below 5%, the filing showed.")
    assert [m.text for m in found] == ["$570 million"]
    assert one("Alibaba Group Holding shares fell 5% in Hong Kong.").market_kind == "share_move"


def test_a_citys_budget_deficit_reserves_and_gap_are_public_finances_not_money():
    assert find_money("The City Council voted 9-4 on Tuesday night to approve a $4.8 billion operating budget for the "
                      "fiscal year that begins July 1, closing a projected $212 million deficit with a mix of reserve "
                      "spending, a hiring freeze and higher parking fees.") == []
    assert find_money("The city will draw $95 million from its rainy-day fund, leaving about $180 million in reserves, "
                      "the lowest level since the 2012 fiscal year.") == []
    assert find_money("The finance office projects a gap of $260 million to $300 million in fiscal 2027 unless revenue "
                      "recovers or the city makes deeper cuts.") == []
    assert find_money("Police spending will rise 4% to $1.32 billion.") == []
    assert [m.text for m in find_money("Alibaba set a $1 billion marketing budget for the festival.")] == ["$1 billion"]


def test_a_rate_raised_to_a_price_per_hour_is_a_price_on_both_sides():
    assert find_money("Under the approved budget, the city will raise meter rates downtown from $2.50 to $3.25 an hour "
                      "starting Sept. 1.") == []
    assert [m.text for m in find_money("Revenue rose from $2.5 billion to $3.2 billion a year.")] == [
        "$2.5 billion", "$3.2 billion"]


def test_a_products_starting_price_and_a_token_price_with_its_dollar_equivalent_are_no_market_figures():
    assert find_money("The Halo Fold will go head-to-head with Samsung's latest foldables, which were announced in "
                      "July and start at $1,999.") == []
    assert find_money("DeepSeek priced its V2 model at one yuan ($0.14) per million tokens of input, a fraction of "
                      "what the incumbents were charging.") == []
    assert find_money("In May that year it cut the price of its Qwen-Long model's programming interface by 97%, to "
                      "0.0005 yuan per 1,000 tokens.") == []
    assert one("Alibaba's IPO price range starts at HK$80.").market_kind == "ipo"


def test_net_proceeds_are_money_raised_not_profit():
    assert one("Alibaba expects net proceeds of about HK$11.83 billion.").market_kind == "investment"


def test_money_raised_when_a_company_listed_is_its_ipo():
    found = find_money(
        "Shares in StubHub, which raised about $800 million when it listed in New York in September, fell "
        "4.1% on Thursday.")
    assert [(m.text, m.market_kind) for m in found] == [("$800 million", "ipo"), ("4.1%", "share_move")]
    assert one("Its shares have fallen 40% since it listed in 2020.").market_kind == "share_move"


def test_a_growth_rate_named_before_its_percentage_goes_up():
    # setAI: a level after "top" or "from" is still the rate the revenue grows at (joins.tsv role=growth)
    found = find_money("The latest leg of the rally began after Jefferies raised its price target to $215 from $190 on "
                       "Monday, arguing that revenue growth at Alibaba Cloud could top 35% in the fiscal year ending "
                       "March 2027.")
    assert [(m.market_kind, m.direction, m.percent) for m in found if m.percent is not None] == [
        ("revenue", "up", 35.0)]
    assert one("The unit's revenue growth has slowed from 32% in the April-June quarter of 2024 as Alibaba has shifted "
               "from chasing orders to trimming subsidies.").direction == "up"


def test_growth_told_again_after_a_revenue_sentence_is_revenue_and_goes_on_over_another_period():
    found = find_money(
        "The unit's revenue growth has slowed from 32% in the April-June quarter of 2024. Growth was 29% in "
        "the October-December quarter of 2024 and 22% in the April-June quarter last year.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("32%", "revenue", "up"), ("29%", "revenue", "up"), ("22%", "revenue", "up")]
    found = find_money(
        "Revenue growth picked up, before accelerating to 13% in the last three months of the year. Growth "
        "reached 18% in the first three months of 2025 and 26% in the second quarter.")
    assert [(m.text, m.direction) for m in found][-2:] == [("18%", "up"), ("26%", "up")]


def test_another_fall_and_a_recovery_keep_their_directions():
    found = find_money(
        "Shares of Corvid's parent, Halvorsen Systems, fell 3.4% on Wednesday and another 1.2% on Thursday, "
        "before recovering 0.9% in early trading on Friday.")
    assert [(m.percent, m.direction) for m in found] == [(-3.4, "down"), (-1.2, "down"), (0.9, "up")]
    # only a percentage recovers as a move: a sum recovered is money got back (movements.tsv place=percent)
    assert one("The bank has recovered £1.2bn from the insurers so far.").direction == ""


def test_a_sum_in_a_relative_clause_takes_its_own_verbs_kind():
    found = one("Lazada, which Alibaba bought control of in 2016 for $1 billion, turned a profit in the July-September "
                "quarter for the first time, according to Alibaba executives.")
    assert found.market_kind == "investment"


def test_a_value_its_share_price_gives_a_company_is_its_market_value():
    found = find_money("The shares closed down 31p, or 22%, at 109p, their lowest level since March 2020, valuing the "
                       "company at about £150m.")
    assert found[-1].market_kind == "market_cap"
    found = find_money(
        "Meituan agreed on Wednesday to buy a 60% stake in grocery app Dingdong Fresh for $720 million in "
        "cash, valuing the whole company at about $1.2 billion.")
    assert found[-1].market_kind == "valuation"  # a stake's price values the whole company: no market value


def test_a_company_told_of_in_a_short_predicate_moves_by_the_participle_after_it():
    found = find_money("Broadcom was a rare bright spot, jumping 6.7% after the chipmaker reported late Thursday that "
                       "revenue from its AI chips rose 74% in its fiscal first quarter to $8.2 billion.")
    assert (found[0].market_kind, found[0].subject, found[0].direction) == ("share_move", "Broadcom", "up")


def test_a_trigger_in_the_stretch_a_move_is_measured_since_says_nothing_of_what_moved():
    found = find_money("Intel shares fell 2.1% to $41.18 in afternoon trading on Thursday, though they remain up about "
                       "40% since the government deal.")
    assert (found[-1].market_kind, found[-1].direction) == ("share_move", "up")
    assert one("The company's market value has grown 50% since its listing.").direction == "up"


def test_ebit_is_profit_and_each_figure_takes_the_noun_nearest_before_it():
    found = find_money(
        "EBIT for the third quarter came in at USD 612m, down 58% from USD 1.46bn in the same period last "
        "year, on revenue of USD 4.9bn (Q3 2024: USD 5.8bn). For 9M 2025, revenue was USD 14.6bn and EBIT "
        "USD 1.95bn, against USD 2.41bn in 9M 2024.")
    assert [m.market_kind for m in found] == ["profit", "profit", "profit", "revenue", "revenue", "revenue", "profit",
                                              "profit"]
    assert one("Analysts at Jyske Bank had expected Q3 EBIT of USD 680m.").market_kind == "profit"
    assert one(
        "Nordhavn Line narrows guidance as freight rates slide; third-quarter EBIT falls 58%").market_kind == "profit"


def test_a_policy_rate_a_central_bank_names_is_the_whole_markets_but_a_loans_rate_is_no_figure():
    assert one("Brazil's central bank cut its benchmark Selic interest rate by 50 basis points to 14.25% on "
               "Wednesday, its first reduction since May 2024.").market_kind == "other"
    assert one(
        "The Selic had stood at 15%, its highest in nearly two decades, since June last year.").market_kind == "other"
    found = find_money(
        "Economists at Itau Unibanco expect the Selic to fall to 12.75% by the end of this year and to 11% "
        "by the end of 2027.")
    assert [(m.text, m.market_kind) for m in found] == [("12.75%", "other"), ("11%", "other")]
    assert find_money("The effective interest rate on the loan rose to 9.5%.") == []


def test_a_products_or_tickets_price_is_no_market_figure_but_a_shares_price_is():
    assert find_money("The basic model is priced at 1,899 yuan, while a version with a display in both lenses costs "
                      "3,999 yuan.") == []
    assert find_money("Weekend tickets cost £245, and Sunday day tickets £95.") == []
    assert find_money("The heaters, sold under the HeatWise Comfort and HeatWise Mini names at Walmart, Home Depot and "
                      "online since the fall of 2020, retail for $49 to $89.") == []
    assert one("The shares are priced at HK$17 each.").market_kind == "share_price"


def test_sales_on_a_companys_platforms_are_what_they_transact_not_its_revenue():
    assert one("By 2018, annual sales on the company's platforms had passed 4.8 trillion yuan.").market_kind == \
        "transaction_volume"
    assert one("Alibaba's sales rose to 200 billion yuan.").market_kind == "revenue"


def test_the_transaction_a_buyer_sets_money_aside_for_is_a_deal():
    assert one("Alibaba said it had set aside up to US$3.75 billion for the transaction when it first made the offer "
               "in March 2024.").market_kind == "investment"


def test_a_money_raising_hope_after_an_ipo_filing_is_ipo_money():
    assert one("Cainiao filed for an initial public offering in Hong Kong in September 2023, hoping to raise as much "
               "as US$1 billion.").market_kind == "ipo"
    assert one("The startup held talks with investors last month, hoping to raise as much as $1 billion.").market_kind \
        == "investment"


def test_a_business_of_a_company_that_loses_a_sum_makes_a_loss():
    found = find_money(
        "The company's quick-commerce arm, which competes with Meituan and JD.com, lost 21.7 billion yuan "
        "in the quarter, narrower than the 36 billion yuan loss in the September quarter, Alibaba said.")
    assert [(m.market_kind, m.direction) for m in found] == [("profit", "down"), ("profit", "")]
    assert one("Investors lost $30 billion on Friday.").market_kind == "other"


def test_a_sum_something_is_cut_or_raised_by_goes_that_way():
    found = one("Halvorsen, which reports first-quarter results on May 5, warned in March that the strike would cut "
                "its full-year revenue by as much as $600 million.")
    assert (found.market_kind, found.direction) == ("revenue", "down")
    assert one("Alibaba raised $5 billion by selling bonds.").direction == ""


def test_a_verb_of_change_gives_its_direction_past_a_long_object_before_by():
    found = one("Analysts said the new rules could cut the combined operating profit of the country's two largest "
                "ride-hailing platforms by about 3 billion yuan next year.")
    assert (found.market_kind, found.direction) == ("profit", "down")
    found = one("The agency trimmed its estimate for the average retail price of diesel in the Midwest by 9 cents.")
    assert found.direction == "down"


def test_a_verb_of_change_gives_its_direction_past_an_aside_set_off_by_commas_before_by():
    found = one("The utility's board agreed to lift its quarterly dividend, unchanged since the merger, by about 6%.")
    assert (found.percent, found.direction) == (6.0, "up")
    found = one("Halvern Brewing slashed its full-year revenue forecast, issued only in March, by as much as 8%.")
    assert (found.percent, found.direction) == (-8.0, "down")


def test_a_growth_rate_told_as_negative_went_down():
    growth = one("Growth was negative 3% in the quarter.")
    assert (growth.direction, growth.percent) == ("down", -3.0)
    assert one("Last year revenue growth was minus 2%.").percent == -2.0
    assert one("revenue growth at Alibaba Cloud could top 35% next year").direction == "up"


def test_what_a_project_costs_is_money_invested_but_a_product_price_is_not():
    assert one("The company now puts the cost of the first phase at about $32 billion, more than half as much again as "
               "its original estimate.").market_kind == "investment"
    assert one("When Intel broke ground on the site in September 2022, it said the first of two plants would start "
               "making chips in 2025 and that the first phase would cost $20 billion.").market_kind == "investment"
    assert find_money("The phone will cost $999 when it goes on sale.") == []


def test_what_a_ticket_will_cost_with_no_magnitude_is_a_price_but_a_share_keeps_its_price():
    assert find_money("From March, a single bus ticket in the city will cost $2.90, up from $2.75.") == []
    assert find_money("The headset will cost about 3,499 yuan when it ships in May.") == []
    assert one("The new terminal will cost $1.2 billion, the airport said.").amount == 1.2e9
    assert find_money("Each share will cost $12 in the offering.")[0].amount == 12.0


def test_a_second_analyst_moving_to_a_price_with_the_target_left_out_sets_a_target():
    found = find_money("Morgan Stanley lifted its target to $200 from $180 last Thursday, and Benchmark moved to $210 "
                       "on Jan. 5.")
    assert [(m.text, m.market_kind) for m in found] == [("$200", "share_price"), ("$180", "share_price"),
                                                        ("$210", "share_price")]
    assert find_money("The fund gained 5 billion yuan, and Benchmark moved to $210.")[1].market_kind == "other"


def test_bonuses_told_far_before_their_rise_past_an_aside_naming_a_holiday_are_pay_and_make_no_row():
    assert find_money("The lender raised its dividend by a third, and annual bonuses paid out on Thursday, ahead of "
                      "the Diwali holiday on Oct. 20, rose by an average of 15% for its "
                      "bankers, three staff said.") == [
                          ]
    assert kind_by_text("The lender raised its dividend by a third, and its shares rose 15%.") == {"15%": "share_move"}


def test_a_sum_in_birr_is_money_in_ethiopian_birr():
    found = find_money("Ethio Telecom raised 3.1 billion birr when it sold a 10% stake to local investors last year "
                       "in the country's first share offering in decades.")
    assert [(m.amount, m.currency) for m in found if m.amount] == [(3.1e9, "ETB")]


def test_a_round_a_company_joins_is_investment_and_the_valuation_is_the_later_figure():
    found = find_money("Alibaba joins a $600 million round in Shanghai-based MiniMax that values the company at $2.8 "
                       "billion.")
    assert [(m.text, m.market_kind) for m in found] == [("$600 million", "investment"), ("$2.8 billion", "valuation")]


def test_what_a_listing_raised_is_ipo_money_though_raised_stands_nearer():
    found = find_money("She sold a further $310 million in November 2019, days before Alibaba's second listing in "
                       "Hong Kong raised HK$88 billion.")
    assert [(m.text, m.market_kind) for m in found][-1] == ("HK$88 billion", "ipo")


def test_a_companys_own_budget_is_investment_and_a_governments_makes_no_row():
    found = find_money("Chief Executive Eddie Wu says the 380 billion yuan budget may prove too small, after capital "
                       "expenditure reached 31.05 billion yuan.")
    assert [(m.text, m.market_kind) for m in found][0] == ("380 billion yuan", "investment")
    assert find_money("Lawmakers in Albany approved a $254 billion budget on Thursday.") == []


def test_a_multiple_of_a_value_told_as_a_figure_is_no_move():
    found = find_money("Alphabet, Google's parent, this month guided investors to capital expenditure of $175bn to "
                       "$185bn in 2026, roughly double the $91bn it spent last year.")
    assert [m.text for m in found] == ["$175bn", "$185bn", "$91bn"]
    found = find_money("The round values the five-year-old company at about 40 billion yuan, roughly double its "
                       "valuation at the end of 2024.")
    assert [(m.text, m.percent) for m in found] == [("40 billion yuan", None), ("double", 100.0)]


def test_a_disasters_economic_losses_and_a_governments_relief_fund_are_no_money_but_insured_losses_are_the_industry_s():
    assert find_money(
        "Early estimates put the storm's economic toll at between HK$18 billion and HK$25 billion, according "
        "to a report released on Wednesday by a government-appointed panel.") == []
    assert {kind for _, kind in kinds_of(
        "Catastrophe modelling firm Verisk said insured losses across Hong Kong and neighbouring Guangdong province "
        "were "
        "likely to reach US$2.5 billion to US$4 billion, which would make Lanying the region's costliest storm for "
        "insurers "
        "since Mangkhut, which caused about US$1 billion in insured losses in Hong Kong.")} == {"other"}
    assert find_money(
        "Hong Kong's chief executive said the government would set up a HK$2 billion relief fund and aimed "
        "to have roads in the worst-hit districts cleared within two weeks.") == []
    # a company's own fund stays its money
    assert [m.text for m in find_money("Tencent set up a 100 million yuan relief fund for merchants hit by the floods.")
            ] == ["100 million yuan"]


def test_a_markets_home_sales_and_a_countrys_spending_are_no_money_but_a_companys_are():
    assert find_money("Mainland home sales have fallen for four straight years, and analysts at S&P Global Ratings "
                      "said last month they expect sales to fall a further 5% to 8% this year before stabilising in "
                      "2027.") == []
    assert find_money(
        "That is the bull case, and it is not absurd: China's spending on AI computing is expected to grow "
        "by about 40% a year through the rest of the decade.") == []
    assert kinds_of("Home sales are slowing, and Vanke shares fell 3% on Monday.") == [("3%", "share_move")]
    assert kinds_of("Alibaba's spending on AI infrastructure rose 30% to 38.6 billion yuan in the quarter.") == [
        ("30%", "investment"), ("38.6 billion yuan", "investment")]


def test_what_approval_could_add_to_a_stock_is_its_move():
    found = find_money("Leerink Partners analyst Maya Feld said in a note on Friday that approval could add as much as "
                       "40% to the stock, while a rejection would probably halve it.")
    assert [(m.market_kind, m.percent, m.direction) for m in found] == [("share_move", 40.0, "up")]


def test_a_stocks_running_total_after_to_is_its_move():
    found = find_money("Meituan slipped 0.8%, extending its decline this month to 11% as the food-delivery price war "
                       "dragged on.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [("0.8%", "share_move", -0.8),
                                                                   ("11%", "share_move", -11.0)]


def test_a_running_total_told_as_a_loss_goes_down():
    found = find_money(
        "The Hang Seng Index climbed 1.4% to 26,118.40 at the close, trimming its loss for the week to 0.6%.")
    assert [(m.text, m.percent, m.direction) for m in found] == [("1.4%", 1.4, "up"), ("0.6%", -0.6, "down")]
    # a loss told before a sum still makes the sum go down
    assert [m.direction for m in find_money("The company reported a loss of $120 million in the quarter.")] == ["down"]


# --- kinds of deals, lists and scope from reader sets AY-BB ------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # setW: a listing named before the sum in its sentence
    ("Cainiao had filed for a Hong Kong listing in September 2023 and was expected to raise as much as $1bn.",
     [("$1bn", "ipo")]),
    ("The listing would be the largest by a Chinese robotics company since Horizon Robotics raised HK$5.4 billion in "
     "October 2024.", [("HK$5.4 billion", "ipo")]),
    # the sum told right before was a listing's
    ("As of Friday, 112 companies had listed on the main board and GEM since January, raising a combined HK$285 "
     "billion. That is more than three times the HK$88 billion raised in the whole of 2024.",
     [("HK$285 billion", "ipo"), ("HK$88 billion", "ipo")]),
    # a word of its own says how the money was raised
    ("Alibaba listed in New York in 2014, raising $25 billion. Ant Group raised $14 billion in a funding round in "
     "2018.",
     [("$25 billion", "ipo"), ("$14 billion", "investment")]),
    # setAK: a listing's sum farther back, with another figure between, says nothing
    ("Zhipu AI then listed in Hong Kong in January, raising HK$4.3bn. Its shares have fallen by 31% since their debut. "
     "Moonshot AI, the maker of the Kimi chatbot, raised $1bn in February 2024 in a round led by Alibaba.",
     [("HK$4.3bn", "ipo"), ("31%", "share_move"), ("$1bn", "investment")]),
])
def test_a_sum_raised_with_no_word_of_how_in_a_run_of_listings_is_listing_money(text, expected):
    assert kinds_of(text) == expected


def test_shares_that_lost_part_of_their_value_moved_whatever_listing_stands_near():
    found = kinds_of(
        "Alibaba's Hong Kong-listed shares fell 9.8% on Nov. 3, 2020, the day Shanghai regulators suspended "
        "the initial public offering of its affiliate Ant Group, and had lost more than a quarter of their "
        "value by the end of that year.")
    assert found[-1][1] == "share_move"


def test_an_analysts_value_for_a_unit_is_a_valuation():
    assert {k for _,
            k in kinds_of("Analysts at Bernstein put T-Head's value at between $25 billion and $40 billion.")} == {
        "valuation"}


def test_the_cost_of_fighting_a_fire_is_a_public_service_s_and_makes_no_row():
    assert find_money("The bill for suppressing the two wildfires has passed A$35 million, the state's emergency "
                      "agency said.") == []
    assert find_money("Fire suppression spending this season reached about $640 million by the end of August.") == []
    # a project's cost stays a row, and so does a rescue a company says it pays for
    assert kind_by_text("The operator said it would pay for the rescue, which it put at about $3 million.") == {
        "$3 million": "investment"}
    assert [m.text for m in find_money("The cost of the new terminal has reached $48 million, the developer "
                                       "said.")] == ["$48 million"]


def test_a_settlement_s_recovery_per_share_and_the_cost_of_a_seat_are_sums_each_one_gets_or_pays():
    assert find_money("Counsel estimated the average recovery at 31 cents per share purchased in the class "
                      "period.") == []
    assert find_money("The watchdog said the typical cost of a seat on the charter flights was about $4,800.") == []
    # a dividend per share stays a row
    assert [m.text for m in find_money("The board declared a distribution of 30 cents per share.")] == ["30 cents"]


# --- what a figure is, told by the words around it ---------------------------------------------

KINDS_AROUND = [
    # sentence, money_text, market_kind
    ("The $320 billion Chinese e-commerce giant trades at about 14 times next year's expected earnings, according to "
     "LSEG data.", "$320 billion", "market_cap"),
    ("Apple became a $1 trillion company in August 2018.", "$1 trillion", "market_cap"),
    ("It signed a $5 billion deal with the company.", "$5 billion", "investment"),
    ("The technology group agreed to pay a $5 billion fine to the company on Friday.", "$5 billion", "fine"),
    ("In February 2011 the group sold its London offices to Qatar's sovereign wealth fund for £1.1bn to repay its "
     "lenders.", "£1.1bn", "investment"),
    ("Country Garden said it would repay a 500 million yuan onshore bond due on Friday.", "500 million yuan", "other"),
    ("They have risen 38% since the start of the year, and remain below the record $171.50 they reached on Feb. 10.",
     "$171.50", "share_price"),
    ("Alibaba's Hong Kong shares remain well below the record HK$309.40 reached in November 2020.", "HK$309.40",
     "share_price"),
    ("Even so, they trade well below the record of $88.20 set in February 2021, before the merger collapsed.",
     "$88.20", "share_price"),
    ("Alibaba is now up 7.8% at HK$173.70, on track for its biggest one-day rise since March 7.", "7.8%", "share_move"),
    ("Alibaba is now up 7.8% at HK$173.70, on track for its biggest one-day rise since March 7.", "HK$173.70",
     "share_price"),
    ("Tencent was still down 2% on Friday.", "2%", "share_move"),
    ("That first edition generated 52 million yuan in sales, according to Alibaba. The figure grew rapidly over the "
     "following decade: 35.2 billion yuan in 2013, 168.2 billion yuan in 2017 and 268.4 billion yuan in 2019.",
     "268.4 billion yuan", "revenue"),
    ("That first edition generated 52 million yuan in sales, according to Alibaba. Growth was rapid over the "
     "following decade: 35.2 billion yuan in 2013.", "35.2 billion yuan", "other"),
    ("Shares of Kestrel Motors, which listed in Hong Kong in December 2024 at HK$17.50, closed at HK$12.06 on Monday, "
     "down 31% from their offer price.", "31%", "share_move"),
    ("Shares peaked on October 2 at an intraday high of HK$192.50, before profit-taking trimmed them 11% by the end "
     "of the month.", "11%", "share_move"),
    ("Analysts raised their price target to HK$210 on December 16, arguing the cloud business alone is worth "
     "$180 billion.", "$180 billion", "valuation"),
    ("Lawmakers amended the law in June 2022 to raise the maximum fine for an unreported deal to 5 million yuan.",
     "5 million yuan", "fine"),
    ("Veritrane said revenue in its first quarter, the three months to March 31, rose 18% to $3.2 billion, and it "
     "raised its full-year revenue forecast to between $13.4 billion and $13.8 billion.", "$3.2 billion", "revenue"),
    ("By the time Alibaba listed in New York on September 19, 2014, raising a then-record $25 billion, SoftBank's 32% "
     "stake was worth about $75 billion.", "$25 billion", "ipo"),
    # a start-up's funding rounds are money invested; the valuation they set is a valuation
    ("By the end of that year Lumora had closed a $150 million Series B at a valuation of $900 million.",
     "$150 million", "investment"),
    ("The company's Series C, in June 2024, brought in $400 million and lifted its valuation to $1.9 billion.",
     "$400 million", "investment"),
    ("The Series B followed in June 2019: US$25 million led by Hillhouse, at a valuation of US$140 million.",
     "US$25 million", "investment"),
    # a listing's raise, however a valuation word follows it
    ("Lumora Robotics filed for a Hong Kong initial public offering on Tuesday that could raise as much as US$600 "
     "million and value the company at about US$5 billion.", "US$600 million", "ipo"),
    ("Hong Kong has been the world's busiest listing venue this year, with 41 companies raising a combined HK$98 "
     "billion since January.", "HK$98 billion", "ipo"),
    # a sports team is worth a valuation, no market value
    ("The average NBA team is now worth $5.1 billion, up 22% in a year, driven by the league's $76 billion media "
     "deals.", "$5.1 billion", "valuation"),
    ("The average NBA team is now worth $5.1 billion, up 22% in a year, driven by the league's $76 billion media "
     "deals.", "22%", "valuation"),
    # an index that erased a loss erased its own move
    ("The S&P 500 ended virtually flat, up 0.03% at 6,468.54, after erasing a morning loss of as much as 0.6%.",
     "0.6%", "other"),
    # a stock ranked among an index's members moves on its own
    ("Brightwell Software was the biggest loser in the S&P 500, closing down 14.2% at $61.88.", "14.2%", "share_move"),
    # a business that grows grows its sales; one that had lost money made a loss
    ("The results compare with a year earlier, when the cloud unit grew just 7% and Alibaba's shares sank 6%.",
     "7%", "revenue"),
    ("The results compare with a year earlier, when the cloud unit grew just 7% and Alibaba's shares sank 6%.",
     "6%", "share_move"),
    ("The unit had lost 3.7 billion yuan in the same quarter of 2024.", "3.7 billion yuan", "profit"),
    # a company's line of business that moves moves its sales; a listed name in capitals stays a stock
    ("Baidu's cloud jumps 21% as AI chip demand booms", "21%", "revenue"),
    ("Kingsoft Cloud jumps 5% as AI chip demand lifts orders", "5%", "share_move"),
]

NO_FIGURE_ROW = [
    # sentence, money_text that makes no row (contract, "What makes a figure row")
    ("Shareholders also re-elected all nine directors and rejected, by 71% to 29%, a shareholder proposal on energy "
     "use.", "71%"),
    ("Shareholders also re-elected all nine directors and rejected, by 71% to 29%, a shareholder proposal on energy "
     "use.", "29%"),
    ("Corvalis heart drug cuts hospitalisations by 31% in late-stage trial", "31%"),
    ("The vaccine reduced the risk of severe illness by about 90% in the trial.", "90%"),
    ("Most of the orders were subsidised so heavily that customers paid less than 1 yuan.", "1 yuan"),
    ("He says his income has risen about 30% since March, but that he now works 11-hour days.", "30%"),
    ("Sales agents said prices for finished films had fallen by as much as a third since the strikes of 2023.",
     "a third"),
    ("The club said attendance at home games rose 12% last season.", "12%"),
    ("The investor said its remaining holding had fallen below 0.5% after it settled its forward contracts.", "0.5%"),
    ("It sold a further $7.2 billion of Alibaba stock in the first quarter, leaving it with less than 4%.", "4%"),
    ("Shareholders voted down a proposed pay package for chief executive Dana Okafor that critics said could be worth "
     "as much as $410 million.", "$410 million"),
    ("Brisbane 2032 venue bill blows out to A$9.4 billion, review finds", "A$9.4 billion"),
    ("The cost of building and upgrading venues for the 2032 Olympic and Paralympic Games has climbed to A$9.4 "
     "billion, a review found.", "A$9.4 billion"),
    ("The premier said the state would cap its contribution at A$7.1 billion.", "A$7.1 billion"),
    # government debt sold at auction and a farm sector's income are public money too
    ("The Treasury sold $42 billion of 10-year notes on Wednesday at a high yield of 4.342%.", "$42 billion"),
    ("The Treasury sells $16 billion of 20-year bonds on Tuesday.", "$16 billion"),
    ("The UK Debt Management Office sold 4.25 billion pounds of a 2035 gilt on Tuesday.", "4.25 billion pounds"),
    ("Dealers bought $30 billion of Treasury notes at the auction.", "$30 billion"),
    ("The USDA projected that net farm income would reach $180.1 billion in calendar 2025.", "$180.1 billion"),
    ("Much of that reflects $40.5 billion in government payments.", "$40.5 billion"),
    # a subsidy a place's possessive opens its sentence with is its government's (not_money.tsv)
    ("Egypt's bread subsidy for the fiscal year starting in July has been set at 160 billion pounds, the finance "
     "ministry said.", "160 billion pounds"),
    # an economy's growth told in its relative clause is a macro statistic
    ("Copper exporters have leaned on Chile's economy, which grew an estimated 2.6% last year.", "2.6%"),
    # a percentage a verb of raising takes its object to is a level, no money raised (joins.tsv role=raised_to)
    ("Brasilia plans to raise the mandatory ethanol blend in petrol to 30% in August.", "30%"),
    # a plain sum knocked off a product is a price cut, no market value
    ("Xiaomi knocked up to 800 yuan off some of its older handsets ahead of the holiday.", "800 yuan"),
]


@pytest.mark.parametrize("sentence, written", NO_FIGURE_ROW)
def test_pay_votes_trial_results_prices_counts_stakes_and_public_money_make_no_figure(sentence, written):
    assert written not in {m.text for m in find_money(sentence)}


def test_a_stock_move_and_a_holding_s_value_still_make_rows_beside_those_words():
    found = kind_by_text(
        "Corvalis said the drug cut hospitalisations by 31%, sending its shares up 62% to $48.15.")
    assert found.get("62%") == "share_move", found
    found = kind_by_text(
        "Alibaba said its holding in the payments group had fallen 20% in value to $4 billion.")
    assert found.get("20%") is not None, found


TARIFFS_HOMES_RATIOS_NO_ROW = [
    ("Beijing answered the same day with duties of up to 15% on US coal and farm machinery.", "15%"),
    ("Beijing raised its own duties on US goods to 125%, effective the next day.", "125%"),
    ("The move brought the total US levy on many Chinese goods to 145%.", "145%"),
    ("US customs collected $27.7 billion in duties in July, a record.", "$27.7 billion"),
    ("The tariffs remain in place on about $370 billion of Chinese imports.", "$370 billion"),
    ("Average UK house prices rose 0.3% in January from December.", "0.3%"),
    ("In the three months to January, prices were 1.1% higher than in the previous three months.", "1.1%"),
    ("The agency forecast that house prices would grow 2.5% this year.", "2.5%"),
    ("The average price of a home reached £274,310, up from £268,700 a year earlier.", "£274,310"),
    ("The average price of a home reached £274,310, up from £268,700 a year earlier.", "£268,700"),
    ("A typical semi-detached house in the North West now costs about £231,000.", "£231,000"),
    ("Private rents rose 5.2% in the year to December.", "5.2%"),
    ("The new tax on homes worth more than £2 million takes effect in April 2028.", "£2 million"),
    ("That forecast assumes an exchange rate of 145 yen to the dollar.", "145 yen"),
    ("Return on equity for the year just ended was 8.7%.", "8.7%"),
    ("The 2023 plan set a target of 10% return on equity by fiscal 2025.", "10%"),
    ("Temu held 24% of US discount cross-border orders in the third quarter, against 18% for Shein.", "18%"),
    ("Turnover on the main board was HK$268.5 billion, up from HK$231.9 billion on Wednesday.", "HK$231.9 billion"),
    # a grade a good is told "with", whatever it holds ("content" after its noun)
    ("Traders quoted concentrate with 22% zinc content at $310 a dry tonne.", "22%"),
]


@pytest.mark.parametrize("sentence, written", TARIFFS_HOMES_RATIOS_NO_ROW)
def test_tariffs_home_prices_rents_exchange_rates_and_ratios_make_no_figure(sentence, written):
    assert written not in {m.text for m in find_money(sentence)}


def test_a_rate_that_translates_one_currency_into_another_makes_neither_sum_a_figure_but_a_move_to_one_dollar_stays():
    text = "For convenience, amounts in yen were translated into US$ at ¥148.20 to US$1.00, the rate on March 31."
    assert find_money(text) == []
    assert [m.text for m in find_money("The penny stock jumped from $0.62 to $1.00 on Friday.")] == ["$0.62", "$1.00"]


def test_credits_told_against_a_monthly_bill_keep_their_total():
    assert "$40 million" in {m.text for m in find_money(
        "Customers whose services were affected will receive credits equal to 25% of their monthly bill, roughly "
        "$40 million in total, on their July invoices.")}


def test_money_that_companies_listed_together_raised_is_ipo_money():
    found = kind_by_text(
        "Only two companies listed in Hong Kong this week, bringing the year's total to 29, which together raised "
        "HK$61.3 billion.")
    assert found.get("HK$61.3 billion") == "ipo", found


@pytest.mark.parametrize("sentence, written, direction", [
    ("Net debt fell to A$640 million at 31 December from A$910 million at 30 June.", "A$640 million", "down"),
    ("Net income rose to $312 million from $241 million.", "$312 million", "up"),
    ("Alibaba said it had set aside up to US$3.75 billion for the transaction.", "US$3.75 billion", ""),
    ("Kuroshio said it would buy back up to 50 billion yen of its own stock.", "50 billion yen", ""),
    # a flow that swung to an outflow went below zero, as a profit that swung to a loss did
    ("The miner's free cash flow swung to an outflow of A$410 million in the half, from an inflow a year earlier.",
     "A$410 million", "down"),
])
def test_a_sum_a_verb_of_change_went_to_takes_its_direction_but_up_to_is_no_move(sentence, written, direction):
    found = {m.text: m.direction for m in find_money(sentence)}
    assert found.get(written) == direction, found


@pytest.mark.parametrize("sentence, mentions", [
    ("HONG KONG - Hong Kong stocks rose on Thursday, the last trading session before the Easter break, as technology "
     "shares recovered from a sell-off earlier in the week.", []),
    ("NEW YORK (AP) - U.S. stocks fell on Friday after a stronger-than-expected jobs report.", []),
    ("Alibaba's Hong Kong shares rose on Monday.", [("shares rose", "share_move")]),
    ("UPDATE 2-Alibaba's December-quarter revenue beats estimates as cloud sales surge; U.S. shares jump",
     [("shares jump", "share_move")]),
])
def test_a_whole_market_s_stocks_moving_are_no_company_s_move(sentence, mentions):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == mentions


@pytest.mark.parametrize("sentence, mentions", [
    # setAD, setAB, setBT, setCD, setQ, setW, setY: a sector's shares, named by its lowercase noun or its companies
    ("Turkish construction shares fell sharply.", []),
    ("French bank shares fell.", []),
    ("Bank stocks rallied.", []),
    ("Shares of energy companies rallied in Europe.", []),
    ("Shares of insurers slipped after the storm losses were tallied, while the wider market held steady.", []),
    ("Shares of brokerages rose on the news of longer trading hours.", []),
    ("Gold steadied near its late-December peak and miners' shares rallied on news that a shut Chilean mine will "
     "restart.", []),
    ("NEW YORK (Feb 10) - US semiconductor shares suffered their steepest one-day fall in almost a year.", []),
    ("It downgraded Valdora by one notch, sending its currency and bank shares lower.", []),
    # ... and those of a style of investing
    ("Bond yields jumped to a 16-year high, sending growth stocks sharply lower.", []),
    ("Small-cap stocks lagged as traders trimmed bets on a rate cut.", []),
    # a capital names a company, a possessive its owner
    ("Agricultural Bank shares fell.", [("shares fell", "share_move")]),
    ("Alibaba's technology shares fell.", [("shares fell", "share_move")]),
    ("Shares of Bank of America fell.", [("Shares of Bank of America fell", "share_move")]),
])
def test_a_sector_s_shares_moving_are_no_company_s_move(sentence, mentions):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # setAT, setBA, setCC: the story under a headline tells the move with its figure
    ("Kairos Auto shares jump after October deliveries hit record on price cuts\n\nShares of Kairos Auto jumped 9.2% "
     "on Monday.", [("9.2%", "share_move")]),
    ("Five years after the halted IPO, Ant Group's long road back\n\nAnt Group is trying again.", []),
    # a line that is the whole text is no headline over a story
    ("Kairos Auto shares jump after October deliveries hit record on price cuts", [("shares jump", "share_move")]),
])
def test_a_headline_s_word_alone_makes_no_row_over_its_story(text, mentions):
    assert [(m.text, m.market_kind) for m in find_money(text)] == mentions


def test_a_developer_s_own_home_sales_in_a_country_stay_its_revenue():
    assert [m.market_kind for m in find_money("Vanke said its home sales in China fell 8% in March.")] == ["revenue"]


@pytest.mark.parametrize("sentence", [
    # setBI, bi_overseas_commerce; setM, china_tech_briefing
    'Temu\'s sales fell after Washington ended the "de minimis" exemption that had let parcels worth less than $800 '
    'enter duty-free.',
    'The company still blames the end of the US "de minimis" exemption, which let parcels worth under $800 enter '
    'duty-free until May 2, 2025.',
])
def test_a_customs_threshold_on_what_parcels_are_worth_is_no_ones_money(sentence):
    assert [m.text for m in find_money(sentence)] == []


def test_what_a_company_ships_is_still_its_money():
    assert [m.text for m in find_money("The retailer shipped goods worth $800 million to Europe last year.")] == \
        ["$800 million"]


@pytest.mark.parametrize("sentence, written, kind", [
    ("Daesan said its operating profit jumped 41 percent from a year earlier to 3.2 trillion won ($2.24 billion), "
     "beating market expectations on brisk sales of high-bandwidth memory chips.", "3.2 trillion won", "profit"),
    ("Real-time wholesale power prices hit the market cap of $5,000 per megawatt-hour for the first time since "
     "February 2021.", "$5,000", "other"),
    ("Customer management revenue, the fees merchants pay on Taobao and Tmall, is forecast to grow about 9% in the "
     "quarter.", "9%", "revenue"),
    ("We estimate Corbel would trade around $33 if the deal collapsed.", "$33", "share_price"),
    ("The company now expects FY26 revenue growth of 5-7 per cent, raising the lower end of its earlier guidance of "
     "4-7 per cent given in July.", "4", "revenue"),
    ("The central bank, which kept its main rate at 4.25% at its Jan. 29 meeting, meets again on March 12.", "4.25%",
     "other"),
    # a central bank's "main interest rate" is its policy rate, no interest rate of a loan that vetoes its level
    ("The National Bank of Romania cut its main interest rate by 25 basis points to 6.25% on Friday.", "6.25%",
     "other"),
    ("The forint fell 1.4% against the euro in late trading.", "1.4%", "other"),
])
def test_a_figure_takes_the_kind_of_what_it_measures_not_of_a_word_about_its_cause_or_its_payer(sentence, written,
                                                                                                   kind):
    assert [m.market_kind for m in find_money(sentence) if m.text.startswith(written)][:1] == [kind]


@pytest.mark.parametrize("sentence, written", [
    # a product's price rise, a customer's bill and a public grant
    ("Alibaba's cloud unit will raise the list prices of some of its AI computing rentals by as much as 15% from April "
     "1.",
     "15%"),
    ("The founder of a start-up said his monthly bill would rise by about 80,000 yuan.", "80,000 yuan"),
    ("The city council, which approved a grant of $1.2 million in March to cover road closures, said the race "
     "brought 40,000 visitors.", "$1.2 million"),
    # a macro statistic, a count, a product's price and a threshold
    ("The consumer price index rose 3.0% in the 12 months through September, the latest data available.", "3.0%"),
    ("Several officials also noted that stock prices had risen sharply, with some pointing to \"stretched\" valuations "
     "of artificial intelligence companies.", "stock prices had risen"),
    ("Attendance averaged 17,850 a game last season, up 6% from the 2023-24 season.", "6%"),
    ("Season-ticket prices will rise by an average of 8% next year, the team said, with the cheapest seats going up to "
     "$45 a game.", "8%"),
    ("Season-ticket prices will rise by an average of 8% next year, the team said, with the cheapest seats going up to "
     "$45 a game.", "$45"),
    ("At least 14 U.S. chains with more than $50 million of liabilities sought court protection in 2025, the most in "
     "five years.", "$50 million"),
    ("Analysts at Pacific Ridge Securities expect new-home sales across China to fall a further 8% this year, after a "
     "13% decline in 2025.", "8%"),
    ("The elevator unit remained weak in China, where new installations fell 14% in the first nine months of the "
     "calendar year.", "14%"),
    # a probability, a ticket price and a macro statistic
    ("Futures tied to the fed funds rate now imply a 58% chance of a quarter-point cut in March.", "58%"),
    ("Adult tickets are £22, and the museum expects more than 180,000 visitors.", "£22"),
    ("Average hourly earnings rose 0.3% last month and were up 3.7% from a year earlier.", "3.7%"),
    ("Analysts expect China's online retail sales of physical goods to grow about 6% in 2025.", "6%"),
    # a threshold, a ratio, traffic, a token price, a market, an industry, pay, a grant or trade
    # a threshold, a share of a sum, a ratio's base and an airline's traffic
    ("Deal wins included four large deals worth more than $100 million each, the company said.", "$100 million"),
    ("The group counts 68 clients that bring in more than $20 million a year.", "$20 million"),
    ("The insurer has more than 300 customers that each pay over $1 million in premiums.", "$1 million"),
    ("It plans to invest 1.5 trillion yen over the period, with about 40% going to energy transition.", "40%"),
    ("The bank targets a return on equity of 12% by 2028, compared with 9.1% last year.", "9.1%"),
    ("Revenue passenger kilometres climbed 11.9% in December.", "11.9%"),
    ("Capacity, measured in available seat kilometres, grew 8.6% from a year earlier.", "8.6%"),
    ("Yields, the average fare per passenger kilometre, had fallen about 4% in the September quarter.", "4%"),
    # a token price, a market's size, an industry's sales, pay, a grant, a ratio's change and trade
    ("Input costs 1 yuan per million tokens, while the price of output drops to 4 yuan from 8 yuan.", "4 yuan"),
    ("Input costs 1 yuan per million tokens, while the price of output drops to 4 yuan from 8 yuan.", "8 yuan"),
    ("India's online travel market grew 14% to $22 billion in 2025, the consultancy said.", "14%"),
    ("India's online travel market grew 14% to $22 billion in 2025, the consultancy said.", "$22 billion"),
    ("Brokers expect the top 50 carmakers' domestic sales to fall 3% to 5% this year.", "5%"),
    ("Developers spent 80 billion yuan on land in the first quarter, down 12% from a year earlier.", "80 billion yuan"),
    ("Developers spent 80 billion yuan on land in the first quarter, down 12% from a year earlier.", "12%"),
    ("The county council approved a $400,000 grant for the museum's new wing.", "$400,000"),
    ("About 300 workers are owed $1.2 million in back wages, the union said.", "$1.2 million"),
    ("Severance is set at two weeks' salary for every year worked, capped at $30,000 per employee.", "$30,000"),
    ("Hotel occupancy was 71.2%, down 0.8 percentage points from a year earlier.", "0.8 percentage points"),
    ("Olive oil production rose to 1.2 million tonnes, up 20% from the previous harvest.", "20%"),
    ("Exports of the state's beef fell to $2.1 billion last year, from $2.6 billion in 2023.", "$2.6 billion"),
])
def test_a_figure_that_is_no_company_s_money_makes_no_row(sentence, written):
    assert written not in [m.text for m in find_money(sentence)]


@pytest.mark.parametrize("sentence, written", [
    ("Revenue rose 11.9% to $2.1 billion, while deals worth $100 million closed in the quarter.", "$100 million"),
    ("Shares rose 40% going into the results, then fell 5%.", "40%"),
])
def test_a_sum_that_is_not_sorted_by_a_threshold_and_a_move_still_make_rows(sentence, written):
    assert any(m.text.endswith(written) for m in find_money(sentence))


@pytest.mark.parametrize("sentence, written, direction", [
    ("The shares have now recovered most of the 38% they lost in the week after the accident.", "38%", "down"),
    ("The stock gave back the 12% it had gained since January.", "12%", "up"),
    ("The shares recovered 3% on Friday after the accident.", "3%", "up"),
])
def test_a_figure_named_with_the_takes_the_move_of_the_clause_after_it(sentence, written, direction):
    assert [m.direction for m in find_money(sentence) if m.text == written] == [direction]


OWN_MEASURES = [
    # sentence, money_text, market_kind
    # a central bank's rate and a listed company's value keep their rows
    ("The Bank of England cut Bank Rate by a quarter point to 3.75% in December.", "3.75%", "other"),
    ("The European Central Bank left its deposit rate at 2.00% last month.", "2.00%", "other"),
    ("Temu's owner, PDD Holdings, has a market value of about $170 billion on Nasdaq.", "$170 billion", "market_cap"),
    ("Oil prices rose 3% on Monday, and Alibaba's shares fell 2%.", "3%", "other"),
    ("Apple loses $311 billion of market value on April 3.", "$311 billion", "market_value_change"),
    # a company that moves in its own clause of a list of stock moves is its stock
    ("Among the few decliners, casino operator Sands China fell 2.9% after Macau's gaming regulator reported March "
     "gross gaming revenue of 19.2 billion patacas, below forecasts, and drugmaker Hengrui slid 1.7%.", "1.7%",
     "share_move"),
    ("Tencent rose 2% after it said profit beat forecasts, and Meituan gained 1.5%.", "1.5%", "share_move"),
    # a business that grows after a stock's move is still a revenue line
    ("Alibaba shares rose 3% after revenue beat forecasts, while Cloud Intelligence grew 31%.", "31%", "revenue"),
    # a market value that crossed a sum is its level, and a title's prize is no company's
    ("- Alibaba's market value has climbed back above $300 billion, still well below a peak of more than $850 billion "
     "in October 2020.", "$300 billion", "market_cap"),
    ("Tesla's market value surged past $1 trillion on Tuesday.", "$1 trillion", "market_cap"),
    ("Its market value has fallen by more than $50 billion this week.", "$50 billion", "market_value_change"),
    ("The title was worth 2.55 million euros, and her coach, Tamas Hegedus, called it \"the day everything changed\".",
     "2.55 million euros", "other"),
    # a commodity that moves is the market's; a company's loss, revenue and listing money are its own
    ("Brent has fallen about 15% since January, when it briefly topped $80 on worries about sanctions on Russian "
     "exporters.", "15%", "other"),
    ("Aluminium slipped 0.5% to $2,830 a tonne.", "0.5%", "other"),
    # closed "at" a price per tonne, an exchange named: no share is priced by the tonne, nor is the week's running total
    ("The May contract on Bursa Malaysia Derivatives ended up 0.9% at RM4,230 a tonne, taking its weekly gain to 2.7%.",
     "0.9%", "other"),
    ("The May contract on Bursa Malaysia Derivatives ended up 0.9% at RM4,230 a tonne, taking its weekly gain to 2.7%.",
     "2.7%", "other"),
    # a unit of a business that "had grown" after the revenue told in the sentence before is a revenue line too
    ("Revenue at the payments arm rose 21% to 18.4 billion yuan in the December quarter. A year earlier the arm had "
     "grown 9%.", "9%", "revenue"),
    # a fraction a stock gained over a stretch told after it is its move
    ("Lynas, the Australian-listed rare earths miner, has gained a fifth since the start of March.", "a fifth",
     "share_move"),
    ("The three-month contract on the London Metal Exchange rose 1.1% to $11,180 a tonne, within sight of the record "
     "$11,200 it hit on Oct. 29.", "1.1%", "other"),
    ("Gold Fields rose 3% in Johannesburg trading.", "3%", "share_move"),
    ("Its New York shares slump 9.1%, erasing roughly $20 billion of market value, and Jack Ma's family trust "
     "separately discloses plans to sell 10 million shares worth about $870 million.", "9.1%", "share_move"),
    ("Its New York shares slump 9.1%, erasing roughly $20 billion of market value.", "$20 billion",
     "market_value_change"),
    ("In the year to Jan. 31, 2026, the company lost $112 million, according to court papers filed on Tuesday.",
     "$112 million", "profit"),
    ("We now charge for the tools that manage the clusters, and that business brought in 620 million yuan in the past "
     "year, from almost nothing in 2023.", "620 million yuan", "revenue"),
    ("In 1983, a year after Szabo retired, Brennick took the company public on the New York Stock Exchange, raising "
     "$22 million, and its shares rose 35% on their first day of trading.", "$22 million", "ipo"),
    # a commodity's record, a base, an index, a levy, a fortune, a valuation, a fund's return take their own kinds
    # a high, low or record right after a commodity's price is the commodity's level, no stock's
    ("Three-month copper on the London Metal Exchange rose 3.8% over the week to close at $13,020 a tonne on Friday. "
     "On Wednesday it touched an all-time high of $13,140, beating the previous record of $12,960 set on Dec. 29.",
     "$13,140", "other"),
    ("Three-month copper on the London Metal Exchange rose 3.8% over the week to close at $13,020 a tonne on Friday. "
     "On Wednesday it touched an all-time high of $13,140, beating the previous record of $12,960 set on Dec. 29.",
     "$12,960", "other"),
    ("Gold rose 0.6% to $4,468 an ounce on Friday, just shy of the record $4,550 it reached on Dec. 26.", "$4,550",
     "other"),
    # setDB, setCO: the market's move told between its price and its record
    ("Copper traded at $12,450 a tonne on the London Metal Exchange on Wednesday, up 2.1% on the day, within sight of "
     "the record $12,930 it hit on Jan. 22.", "$12,930", "other"),
    ("Cocoa futures in New York fell 7.2% over the week to $4,310 a tonne. The drop leaves cocoa down 65% from the "
     "record $12,931 it reached in December 2024.", "$12,931", "other"),
    ("Brent rose to $85 a barrel on Monday. Exxon shares hit a record high of $120 on Tuesday.", "$120", "share_price"),
    # a stock pronoun opening the sentence after the stock's price names it still, whatever trigger a later clause holds
    ("Tarrant Brick shares rose 4 per cent to 212p on Monday. They remain below the 265p they reached in the spring of "
     "2022, before higher mortgage rates cut orders.", "265p", "share_price"),
    ("The metal gained 41% in 2025, its best year since 2009.", "41%", "other"),
    ("Copper for March delivery on the Comex in New York ended the week at $5.92 a pound.", "$5.92", "other"),
    # the base a level moved from is the level's measure
    ("Analysts at Kessler Bank raised their 2026 copper forecast to $12,800 a tonne from $11,500 on Thursday.",
     "$11,500", "other"),
    ("Shares of Alibaba rose 3% to $120 from $116.50.", "$116.50", "share_price"),
    # ... also with the period the level was told for between them
    ("The operating loss at its overseas commerce arm, which runs marketplaces in Turkey, narrowed to 1.1 billion yuan "
     "in the December quarter from 3.2 billion yuan a year earlier.", "3.2 billion yuan", "profit"),
    ("Revenue at the bank's wealth management arm, which serves clients in Singapore, climbed to $3.4 billion in the "
     "first half from $2.9 billion a year ago.", "$2.9 billion", "revenue"),
    # a sum told as "another" after a sum of a kind is more of that measure
    ("Listings in Mumbai raised 1.6 trillion rupees last year, and bankers expect another 2 trillion rupees in 2026.",
     "2 trillion rupees", "ipo"),
    # what analysts expected, told after a sum and its change, is that sum's measure
    ("The miner reported revenue of 12.4 billion rand for the six months to June, up 11% from a year earlier, against "
     "the average analyst estimate of 12.1 billion rand.", "12.1 billion rand", "revenue"),
    # a stock that moves as the index moves keeps its move
    ("Shares of UBTech Robotics, which listed in December 2023, have risen 58% over the past year but fell 3.2% on "
     "Monday as the Hang Seng Index slipped 0.8%.", "3.2%", "share_move"),
    ("Shares of UBTech Robotics, which listed in December 2023, have risen 58% over the past year but fell 3.2% on "
     "Monday as the Hang Seng Index slipped 0.8%.", "0.8%", "other"),
    ("The Hang Seng Index fell 1.2% as tech shares slumped.", "1.2%", "other"),
    ("The KFTC first fined Hanbit in 2021, imposing 3.2 billion won over unfair terms for sellers, and again in March "
     "2023, when it levied 11.7 billion won for delaying payments to merchants.", "11.7 billion won", "fine"),
    ("Washington levied tariffs on $300 billion of Chinese goods.", "$300 billion", "other"),
    ("Veltrix was founded in 2019 and grew rapidly during the 2021 bull market, when its daily trading volume peaked "
     "at $14 billion.", "$14 billion", "transaction_volume"),
    ("The package, arranged by Barclays and two US lenders, comprises a £220m term loan running until 2035 and £120m "
     "of equity from the new owners.", "£120m", "investment"),
    ("Hale, 58, made his fortune in logistics software and is worth an estimated $1.3bn, according to Forbes.",
     "$1.3bn", "net_worth"),
    # an analyst's value of a unit is a valuation, told with "they value" too
    ("We value the payments arm at $40 billion, up from $32 billion last year.", "$40 billion", "valuation"),
    # a fund's return is its result, kind other, with a verb or without (contract)
    ("The Ashgrove Global Fund returned 3.1% in March, its best month since 2023.", "3.1%", "other"),
    ("Since 2012 the pension fund has delivered an annualised 7.4%.", "7.4%", "other"),
    ("Monthly returns were 2.2% in July and 1.5% in August.", "2.2%", "other"),
    # a half's return in its aside-broken sentence, and a bond mandate's return, which is no yield
    ("The endowment's second-half return, published on Thursday, was 5.2 percent.", "5.2 percent", "other"),
    ("Its sovereign bond mandate returned 2.7 percent over the year, the council said.", "2.7 percent", "other"),
    # a price per hectolitre is a bulk commodity's, as a price per tonne is
    ("Bulk white wine sold for 95 euros per hectolitre in March.", "95 euros", "other"),
    # a company's own sales still make a row
    ("Longfor's contracted sales fell 8% to 12.1 billion yuan in March.", "12.1 billion yuan", "revenue"),
    # organic growth is sales growth; a region or a division that moves after a sales figure is a part of the sales
    ("Sales in the United States rose 2% organically, while Japan fell 11%, as the strong yen curbed spending by "
     "Chinese tourists.", "11%", "revenue"),
    ("Fashion and leather goods, the largest division, posted organic growth of 0.5%, while the jewellery business "
     "grew 6%. Wines and spirits dropped 8%, hit by US tariffs.", "0.5%", "revenue"),
    ("Fashion and leather goods, the largest division, posted organic growth of 0.5%, while the jewellery business "
     "grew 6%. Wines and spirits dropped 8%, hit by US tariffs.", "8%", "revenue"),
    # a company listed on Nasdaq at a price, raising a sum, raised it in its listing
    ("Veltara was spun out of Corvex Industries in 2014 and listed on Nasdaq in October 2016 at $22 a share, raising "
     "$640 million.", "$640 million", "ipo"),
    # a company's own GMV on a festival stays its figure
    ("Analysts estimate that Alibaba's own GMV over the festival grew about 8% to roughly 1 trillion yuan.",
     "1 trillion yuan", "transaction_volume"),
]


@pytest.mark.parametrize("sentence, kind", [
    ("Harlow Logistics rose 2.1% on Tuesday after the council approved a $12 million tax break for the move.",
     "share_move"),
    ("Apple sold $5.5 billion of bonds on Monday, its first issue this year.", "investment"),
    ("The company offered Harbor State Bank a $40 million signing bonus in exchange for exclusivity.", ""),
    ("New York's benchmark March contract lost 7.2% to settle at $4,812 a tonne on Friday.", "other"),
    ("Arabica rebounded 4.9% this week to $3.62 a pound.", "other"),
    ("London cocoa for March delivery fell 6.5% over the week to 3,390 pounds a tonne.", "other"),
])
def test_a_companys_money_and_a_commodity_close_stay_rows(sentence, kind):
    found = find_money(sentence)
    assert found and (not kind or all(m.market_kind == kind for m in found))


FLOWS_LISTINGS_AND_DEALS = [
    # sentence, money_text, market_kind
    ("US spot bitcoin exchange-traded funds took in a net $412.6 million on Monday, ending a five-day run of "
     "withdrawals that had drained about $1.8 billion from the products since Jan. 5.", "$412.6 million", "investment"),
    ("US spot bitcoin exchange-traded funds took in a net $412.6 million on Monday, ending a five-day run of "
     "withdrawals that had drained about $1.8 billion from the products since Jan. 5.", "$1.8 billion", "investment"),
    ("Ether funds had a quieter session, with a net $18.2 million of inflows on Monday.", "$18.2 million",
     "investment"),
    ("Spot bitcoin funds had their worst month on record in February 2025, when investors pulled about $3.6 billion.",
     "$3.6 billion", "investment"),
    ("Last year the funds took in $4.9 billion in January alone, after a shaky first fortnight.", "$4.9 billion",
     "investment"),
    ("Hearthline reported a net loss of $96.4 million for its fiscal third quarter.", "$96.4 million", "profit"),
    ("When PDD listed on Nasdaq in July 2018, raising $1.6 billion at $19 a share, Huang's stake was worth about "
     "$13.6 billion.", "$1.6 billion", "ipo"),
    ("Halvorsen's stock has been volatile since its initial public offering in November 2019, when it raised $144 "
     "million at $16 a share.", "$144 million", "ipo"),
    ("The offering would have raised about $34.5 billion, the largest on record.", "$34.5 billion", "ipo"),
    ("The company raised $85 million in a discounted share sale in March 2024.", "$85 million", "investment"),
    # a sum raised that its clause, past the stake sold, tells was raised in a share offering is the listing's
    ("Kenya Pipeline raised 9.6 billion shillings when it sold a 15% stake to retail savers in its long-delayed share "
     "offering.", "9.6 billion shillings", "ipo"),
    # ... but not one raised in the months before it or in the run-up to it
    ("Lumio raised 600 million euros in a funding round in the months before its IPO.", "600 million euros",
     "investment"),
    ("Kestrel raised $90 million from investors in the run-up to its listing in New York.", "$90 million",
     "investment"),
    ("It licensed the drug to Nakamura Pharma for $120 million upfront and up to $1.08 billion in development and "
     "sales milestones.", "$1.08 billion", "investment"),
    ("Meridian was about a $60 million annual run-rate business when we signed the deal.", "$60 million", "revenue"),
    ("The USDA trimmed its forecast for the farm price of corn by 5 cents to $3.90 a bushel.", "5 cents", "other"),
    ("By May 2020 it had climbed to $45.4 billion, briefly making him richer than Alibaba founder Jack Ma.",
     "$45.4 billion", "net_worth"),
]


# sellers' sales on a platform, a part of a whole, money put into a venture, an estimate named after its sum, a
# currency named by its country
SELLERS_PARTS_VENTURES = [
    ("When Alibaba first ran the promotion in 2009, 27 merchants took part and sales reached just 52 million yuan.",
     "52 million yuan", "transaction_volume"),
    ("The move to the Xixi campus came in 2009, the year Alibaba held the first Singles' Day sale on Nov. 11 with 27 "
     "brands and 52 million yuan in sales.", "52 million yuan", "transaction_volume"),
    ("Lumen expanded aggressively in China, opening 28 stores between 2015 and 2019, and sales peaked at 131 million "
     "euros in 2019.", "131 million euros", "revenue"),
    ("Devices brought in $38.2 billion of Halcyon's $71.5 billion revenue in the fiscal year that ended June 30.",
     "$38.2 billion", "revenue"),
    ("Castellan Sports, which owns the club, agreed in March to contribute $45 million.", "$45 million", "investment"),
    ("1999 - Ma and 17 co-founders start Alibaba with 500,000 yuan pooled from their savings.", "500,000 yuan",
     "investment"),
    ("The plant, a $3.1 billion joint venture with a Detroit carmaker announced in May 2023, had been due to begin "
     "commercial output.", "$3.1 billion", "investment"),
    ("BlackRock's iShares Bitcoin Trust (IBIT) led Monday's buying with $287.3 million.", "$287.3 million",
     "investment"),
    ("The cloud unit contributed $3 billion of revenue in the quarter.", "$3 billion", "revenue"),
    ("Kanemori now expects operating profit of 560 billion yen, above the 541 billion yen average estimate of 14 "
     "analysts polled by LSEG.", "541 billion yen", "profit"),
    ("Indonesia's rupiah fell 0.4% after Bank Indonesia unexpectedly cut its benchmark rate.", "0.4%", "other"),
    ("The South Korean won weakened 0.6% on Friday to close at 1,468 per dollar.", "0.6%", "other"),
    # what a count of sellers sold, its verb right before the sum, is what they sold on the platform
    ("The marketplace closed its Diwali sale with more than 120 sellers each selling over 50 million rupees of goods.",
     "50 million rupees", "transaction_volume"),
    # a tariff per kilowatt-hour agreed in a deal between a seller of power and its buyer is a wholesale price
    ("The Laos deal, signed in Vientiane by the state utility and its Thai buyer, fixes a price of 5.9 U.S. cents per "
     "kilowatt-hour for the first five years.", "5.9 U.S. cents", "other"),
]


# the words around a figure, its own measure, a fund's flow, a listing, a follow-on or a licence tell its kind
@pytest.mark.parametrize("sentence, written, kind",
                         KINDS_AROUND + OWN_MEASURES + FLOWS_LISTINGS_AND_DEALS + SELLERS_PARTS_VENTURES)


def test_a_figure_takes_the_kind_its_words_and_measure_say(sentence, written, kind):
    found = kind_by_text(sentence)
    assert found.get(written) == kind, found


def test_a_company_s_bond_sale_still_makes_a_row():
    assert kind_by_text("Apple sold $5 billion of bonds on Tuesday.").get("$5 billion") == "investment"


STREAMS_STAKES_PAY_AND_PUBLIC_MONEY_NO_ROW = [
    # sentence, money_text: a stake with its kind, market share, pay, a council's reserve, tax and contribution,
    # a state fund, a property value, a return on tangible equity, all platforms' sales
    ("A sale of a 20% minority stake to a Singapore family office in January valued the club at £145 million.", "20%"),
    ("But we are the largest cloud provider in Asia-Pacific by revenue, and in China our share is about 36%, more than "
     "the next three combined.", "36%"),
    ("The wage bill, at £31 million, was 64% of turnover, and players were given a 5% pay rise in the summer.",
     "£31 million"),
    ("Meituan's average order value, according to Harbour, is about 30 yuan, and its riders earn roughly 7,000 yuan a "
     "month, up 5% on last year.", "7,000 yuan"),
    ("North Northamptonshire Council leader Jason Smithers said the authority would use £1.5 million from its economic "
     "development reserve to help retrain staff.", "£1.5 million"),
    ("The budget, set on Feb. 26, already includes a 4.99% council tax rise.", "4.99%"),
    ("The port authority will contribute the land and £35 million for flood defences and a new rail halt.",
     "£35 million"),
    ("10:40 HKT - The State Council said this morning it would set up a 60 billion yuan fund to back AI computing "
     "centres.", "60 billion yuan"),
    ("The prospectus warns that commercial property values could fall a further 10% to 15% over the next two years.",
     "10%"),
    ("Northbridge expects to return to profit in 2026 and targets a return on tangible equity of at least 10% by 2028.",
     "10%"),
]


@pytest.mark.parametrize("sentence, written", STREAMS_STAKES_PAY_AND_PUBLIC_MONEY_NO_ROW)
def test_a_stake_market_share_pay_public_money_and_a_whole_market_make_no_row_however_they_are_worded(
        sentence, written):
    assert written not in [m.text for m in find_money(sentence)]


@pytest.mark.parametrize("text", ["Valuation\nOur model puts the group's worth above its peers'.",
                                  "09:31 HKT - Stocks open higher."])
def test_a_heading_word_alone_and_the_market_s_bare_stocks_make_no_row(text):
    assert find_money(text) == []


def test_listings_in_the_plural_alone_name_no_listing_but_one_listing_alone_stays_a_row():
    assert find_money("Brokers in Karachi say bank IPOs are the easiest sell to retail savers this winter.") == []
    [one] = find_money("The grocer's IPO was pulled hours before pricing.")
    assert (one.text, one.market_kind, one.amount) == ("IPO", "ipo", None)


def test_what_a_named_district_will_contribute_is_public_money_but_a_country_s_share_of_a_film_s_takings_stays():
    assert find_money("Minhang district will contribute up to 80 million yuan toward a metro link to the new campus, "
                      "the district government said.") == []
    takings = find_money("The sequel took $190 million abroad in its first weekend. Japan contributed $21 million, "
                         "Disney said.")
    assert ("$21 million", 21_000_000) in [(m.text, m.amount) for m in takings]


def test_a_raise_told_after_another_company_s_round_and_listing_is_no_listing_money():
    found = find_money(
        "Kestrel Bio, which plans a Nasdaq listing next year, was valued at $2 billion in its last round, "
        "and chip designer Orvane hopes to raise about $300 million from investors.")
    assert [(m.text, m.market_kind) for m in found] == [("$2 billion", "valuation"), ("$300 million", "investment")]
    # (the price per share it listed at is its IPO price, as the contract's "first listed ... at HK$176 a share")
    listed = find_money("Zhipu listed in Hong Kong in January at HK$116 a share, raising HK$4.3bn.")
    assert [(m.text, m.market_kind) for m in listed] == [("HK$116", "ipo"), ("HK$4.3bn", "ipo")]


def test_a_valuation_word_alone_is_a_row_only_when_a_move_follows_it():
    assert find_money("Bankers said the buyer's valuation leaned on cost savings that may never come.") == []
    [moved] = find_money("The start-up's valuation slumped after its biggest customer walked away.")
    assert (moved.text, moved.market_kind, moved.direction, moved.amount) == (
        "valuation slumped", "valuation", "down", None)


@pytest.mark.parametrize("sentence, written, kind", [
    ("Founder Colin Huang, who stepped back from day-to-day management in 2020, is worth about $43 billion, according "
     "to the Bloomberg Billionaires Index.", "$43 billion", "net_worth"),
    ("Matchday income, which was £11.2 million last season, should roughly triple.", "£11.2 million", "revenue"),
    ("Net interest income fell 3% to £2.31bn.", "3%", "revenue"),
    ("Net interest income fell 3% to £2.31bn.", "£2.31bn", "revenue"),
    ("That price is a 38% discount to the theoretical ex-rights price, based on Tuesday's close of 152p.", "38%",
     "investment"),
    ("\"We value Tallis at A$10.20 a share on our sum-of-the-parts model,\" they wrote in a note on Wednesday.",
     "A$10.20", "valuation"),
    ("Our sum of the parts values core commerce at US$210 billion, Alibaba Cloud at US$155 billion and the group's "
     "stakes in Ant Group and other holdings at US$38 billion.", "US$38 billion", "valuation"),
    ("15:20 HKT - Baidu edged up 0.6% ahead of its fourth-quarter earnings on Wednesday next week.", "0.6%",
     "share_move"),
    # beside them, the company's own money keeps its kind
    ("Alibaba's shares rose 2%, and it sold its stake in Sun Art for $3.6 billion and its offices at $1.1 billion.",
     "$1.1 billion", "investment"),
    ("Shares of Hargreave rose 4% after interest income climbed 12%.", "4%", "share_move"),
])
def test_an_income_stream_a_fortune_a_discount_an_analyst_s_value_and_a_list_s_parts_take_their_kind(sentence, written,
                                                                                                     kind):
    assert kind_by_text(sentence).get(written) == kind, kind_by_text(sentence)


@pytest.mark.parametrize("sentence, figure, percent", [
    # setDA, da_hstech_live: the stretch told as a clause of its own, the total named by a plural noun
    ("Meituan slipped 1.4%, extending its losses since the food-delivery war began last April to 38%.", "38%", -38.0),
    ("The index rose 0.8%, extending its gains since the merger was approved in late June to 14%.", "14%", 14.0),
])
def test_a_running_total_over_a_stretch_told_as_a_clause_takes_its_direction(sentence, figure, percent):
    assert {m.text: m.percent for m in find_money(sentence)}[figure] == percent


@pytest.mark.parametrize("sentence, figure, kind", [
    ("Analysts at Carnegie raised their price target to DKK 520 from DKK 340 and now value velorastat alone at DKK 31 "
     "billion.", "DKK 31 billion", "valuation"),
    ("Nordvik raised DKK 2.1 billion in a directed share issue in November 2025 at DKK 265 a share, and it completed "
     "its "
     "initial public offering in October 2019, raising DKK 800 million.", "DKK 2.1 billion", "investment"),
    ("The committee kept the one-day repurchase rate at 1.50% by a vote of 5-2.", "1.50%", "other"),
])
def test_an_analyst_s_value_a_directed_issue_and_a_repurchase_rate_take_their_own_kinds(sentence, figure, kind):
    assert kind_by_text(sentence)[figure] == kind


def test_an_idea_floated_on_a_call_is_no_listing_but_a_company_floated_on_an_exchange_is():
    assert kind_by_text("480 billion yuan: the bigger budget Chief Executive Eddie Wu floated on an earnings call last "
                        "Thursday.")["480 billion yuan"] != "ipo"
    assert kind_by_text("The company floated on the London Stock Exchange in 1994, raising 650 million pounds."
                        )["650 million pounds"] == "ipo"


@pytest.mark.parametrize("sentence, figure, kind", [
    ("Tencent (0700.HK, Buy, target raised to HK$720 from HK$660).", "HK$720", "share_price"),
    ("Tencent (0700.HK, Buy, target raised to HK$720 from HK$660).", "HK$660", "share_price"),
    ("Our sum-of-the-parts puts Alibaba Cloud alone at US$160 billion.", "US$160 billion", "valuation"),
    ("In stocks, the MSCI index of Asia-Pacific shares outside Japan fell 1.4%, and Japan's Nikkei lost 1.8%.", "1.4%",
     "other"),
    ("The company raised $25 billion, then the largest initial public offering ever, and ended its first day worth "
     "$231 billion.", "$25 billion", "ipo"),
    ("The listing raised $25 billion, then the largest initial public offering in history, and valued the company at "
     "$168 billion on its first day of trading.", "$25 billion", "ipo"),
])
def test_a_raised_target_a_sum_of_the_parts_an_index_s_members_and_a_record_listing_restated_take_their_kinds(
        sentence, figure, kind):
    assert kind_by_text(sentence)[figure] == kind


def test_a_gauge_of_a_measure_names_no_index():
    sentence = ("Customer management revenue, the fees Alibaba earns from merchants and a closely watched gauge of the "
                "health of its e-commerce business, rose 7% to 113.2 billion yuan.")
    assert kind_by_text(sentence)["113.2 billion yuan"] == "revenue"


@pytest.mark.parametrize("sentence, figure, direction", [
    ("On Sept. 19, 2014, the shares opened at $92.70, 36% above the $68 offer price.", "36%", "up"),
    ("The ADSs closed at $14.72 on Tuesday, up 3.5%, but remain about 61% below the $37.80 they reached in February "
     "2024.", "61%", "down"),
    ("The Chinese yuan, by contrast, firmed 0.1% to 7.0985 per dollar.", "0.1%", "up"),
])
def test_a_percentage_told_so_far_above_or_below_a_level_or_a_currency_that_firmed_takes_its_direction(
        sentence, figure, direction):
    assert {m.text: m.direction for m in find_money(sentence)}[figure] == direction


# --- blind reader sets DK-DN: kinds as news writes them ---------------------------------------

@pytest.mark.parametrize("sentence, text, kind", [
    # a bare currency word that is also another word is money where a move or a trigger makes it a market figure
    ("The company's shares rose 3.7% to 48.90 francs in Zurich, valuing it at about 2.3 billion francs.",
     "48.90 francs", "share_price"),
    ("Alpenwelt will spend about 320 million francs, including a 46 million franc lift at Hohenrieder.",
     "46 million franc", "investment"),
    # what a person named after a title is worth is a fortune
    ("Founder Colin Huang, who stepped back from the company in 2021 and owns about 25% of it, is worth about $51 "
     "billion,"
     " according to Bloomberg.", "$51 billion", "net_worth"),
    # a part set against the list before it with "but" is of the list's measure
    ("PDD's market value rose to about $183 billion on Tuesday, ahead of JD.com at roughly $47 billion but well behind"
     " Alibaba at $330 billion.", "$330 billion", "market_cap"),
    # a stock pronoun after a stretch fronted before it
    ("The stock hit a record HK$61.45 on June 27. Since then it has lost about 33%, closing at HK$41.10 on Friday.",
     "33%", "share_move"),
    # a stock's running total after the price it moved to
    ("Meituan dropped 2.7% to HK$96.55, extending its losses since the food-delivery subsidy war began in April to "
     "31%.",
     "31%", "share_move"),
    # a sum lost in a clause after revenue is a loss
    ("Its smart EV business posted revenue of 21.3 billion yuan, up 234% from a year earlier, and it lost just 300 "
     "million"
     " yuan, down from 1.8 billion yuan in the same quarter of 2024.", "300 million yuan", "profit"),
    # what a sum went up from right after it is the same measure
    ("Series C of US$210 million at a post-money valuation of US$1.8 billion, up from US$650 million at its Series B.",
     "US$650 million", "valuation"),
    # and so is the base told past who told the sum, set off by commas
    ("Employees sold stock in a tender that values the drone maker at about $14 billion, two people briefed on the deal"
     " said, up from $9 billion in a share buyback last year.", "$9 billion", "valuation"),
    # what a stock was bought at, no magnitude, is its price
    ("Q: I bought Xiaomi at HK$58 in June. Why has it fallen so far?", "HK$58", "share_price"),
    # the rate a central bank holds, cuts or raises
    ("The Fed held its rate at a range of 3.50% to 3.75% in December after cutting three times last year.", "3.50%",
     "other"),
    ("The Bank of Canada's first rate cut came on June 5, 2024, when it trimmed the rate to 4.75%.", "4.75%", "other"),
    # a gross merchandise volume is money transacted, no count
    ("Analysts at Bernstein estimate Temu's US gross merchandise volume fell by about a third in the June quarter.",
     "a third", "transaction_volume"),
    # a listing on an exchange that also names an index, and one told after a place's possessive, raise IPO money
    ("* July 26, 2018 - Lists on the Nasdaq, raising $1.63 billion at $19 per American depositary share.",
     "$1.63 billion", "ipo"),
    ("On May 20, battery maker CATL raised HK$41 billion in Hong Kong's biggest listing of the year.",
     "HK$41 billion", "ipo"),
    ("Zhipu raised $1 billion in Alibaba's latest funding round.", "$1 billion", "investment"),
    # an organisation's surplus is its profit
    ("The league's revenue rose 9% to A$720 million in the 2024 financial year, and it reported a surplus of A$72 "
     "million.",
     "A$72 million", "profit"),
    ("The dairy co-operative made a surplus of NZ$4.3 million in the year to May, its chair told members.",
     "NZ$4.3 million", "profit"),
    # a sum borrowed is a loan taken, whatever it buys
    ("The trawler's owner said she had borrowed $2.5 million from a regional bank to buy new nets and an engine.",
     "$2.5 million", "other"),
    # a spice traded across the world has a market whose prices open a sentence
    ("Global vanilla prices have dropped about 30% since their peak in 2023, exporters said.", "30%", "other"),
    # a stock's earlier slide that a rise recovers part of is its move
    ("In Tokyo, SoftBank Group Corp. surged 7.3%, recovering part of a 40% slide since its Oct. 29 peak.", "40%",
     "share_move"),
    # the level a share price crossed is its price
    ("LIN: We added to it in July, when the shares dipped below HK$50.", "HK$50", "share_price"),
    ("Its market value has climbed back above $300 billion.", "$300 billion", "market_cap"),
    ("Alibaba shares fell HK$5 to HK$80.", "HK$5", "share_move"),
    # a percentage knocked off the stock is its move; a sum so knocked off stays value lost
    ("The rout has knocked about 15% off the stock since its March high.", "15%", "share_move"),
    ("The rout has knocked about $15 billion off the stock since its March high.", "$15 billion",
     "market_value_change"),
    # what a smelter's new potline or a mill's furnace could cost is money invested in it
    ("The smelter is studying an eighth potline that could cost about $2.6 billion, its chief said.", "$2.6 billion",
     "investment"),
    ("The steelmaker will decide next year on a blast furnace that would cost 1.2 billion euros.", "1.2 billion euros",
     "investment"),
])
def test_a_figure_takes_the_kind_its_way_of_telling_says(sentence, text, kind):
    assert kind_by_text(sentence).get(text) == kind


@pytest.mark.parametrize("sentence", [
    "It gave 3.1 million fully driverless rides in the third quarter, up 212% from a year earlier.",
    "Switzerland's tourism overnight stays rose 2.1% in 2024, the federal statistics office said in February.",
    "The government's budget, tabled on Nov. 4, projected a deficit of C$78.3 billion for the fiscal year.",
    "Global public auction sales of fine art fell 12% to $9.9 billion in the first half, according to ArtTactic.",
    "The K2, launched in September, lists at 199,000 yuan.",
    "Its stake sale in 2019 marks the end of an era.",
    "The truck carried 1,300 pounds of gravel.",
])
def test_counts_public_finances_whole_markets_and_product_prices_make_no_figure(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, kept", [
    ("Verdict: 4 stars. Price: from 5,999 yuan (US$840) in China. On sale: now in China; Europe from November.", []),
    ("Price: 5,999 yuan (12GB/512GB); 6,999 yuan (16GB/1TB)", []),
    ("The base 17 starts at 4,499 yuan, the 17 Pro at 4,999 yuan and the Pro Max at 5,999 yuan for 12GB of memory and"
     " 512GB of storage, 300 yuan less than last year's 15 Ultra.", []),
    ("A 1TB Pro Max costs 6,999 yuan.", []),
    ("Xiaomi has not confirmed a UK price, but the Pro Max is expected to cost about £1,199.", []),
    ("If you are in China and want the best camera under 6,000 yuan, yes.", []),
    # a share's price, an IPO's and a company's spending stay
    ("Share price: HK$56.80", ["HK$56.80"]),
    ("Alibaba (BABA) Market cap: $375bn Price: $155.20", ["$375bn", "$155.20"]),
    ("The IPO priced at $68, the top of its range, and the stock opened at $92.", ["$68", "$92"]),
    ("The new plant is expected to cost about $2 billion, Xiaomi said.", ["$2 billion"]),
    ("Revenue was $300 million, $20 million less than in 2024.", ["$300 million", "$20 million"]),
])
def test_a_products_price_told_in_a_price_box_a_list_or_a_buyers_guide_makes_no_figure(sentence, kept):
    assert [m.text for m in find_money(sentence)] == kept


@pytest.mark.parametrize("sentence, kept", [
    ("The deal included US$1.2 billion of five-year notes with a 4.50% coupon, US$1.1 billion of notes due in 2035 at"
     " 5.125%, and US$900 million due in 2055 at 5.625%.", ["US$1.2 billion", "US$1.1 billion", "US$900 million"]),
    ("Chinese AI start-ups raised a combined US$5.6 billion in January and February, according to data provider "
     "ITJuzi.",
     []),
    ("Still, the median seed round stayed at about 20 million yuan, and only 14 companies raised more than US$100 "
     "million"
     " each.", []),
    ("Analysts at Barclays expect Chinese technology companies to sell as much as US$25 billion of dollar bonds in "
     "2026, up from roughly US$14 billion so far this year.", []),
    ("Chen received total pay of 18.6 million yuan in fiscal 2025, according to the company's annual report.", []),
    ("Clubs will share A$1.35 billion in grants, and the salary cap will rise to A$14.6 million next season.",
     ["A$1.35 billion"]),
    ("If they can grow cloud and keep the adjusted EBITA margin near 9%, the stock can go higher again.", []),
    # one company's raising and its own pay bill stay
    ("Zhipu raised more than US$100 million in its Series B, and Alibaba Cloud expects to sell US$2 billion of bonds.",
     ["US$100 million", "US$2 billion"]),
])
def test_a_coupon_an_industrys_raising_a_threshold_pay_and_a_move_without_a_number_make_no_figure(sentence, kept):
    assert [m.text for m in find_money(sentence)] == kept


def test_an_aside_that_says_what_money_gauges_leaves_it_money_but_one_that_names_a_count_does_not():
    kept = find_money("Contracted sales, a gauge of demand, fell 41% to 18.2 billion yuan in 2025, the company said.")
    assert [m.text for m in kept] == ["41%", "18.2 billion yuan"]


def test_the_period_a_move_is_told_for_stands_between_it_and_its_level():
    found = {m.text: m.market_kind for m in find_money(
        "Customer management revenue, the fees Taobao and Tmall charge merchants, rose 10% in the June quarter to "
        "89.2 billion yuan.")}
    assert found == {"10%": "revenue", "89.2 billion yuan": "revenue"}


@pytest.mark.parametrize("gap, words", [
    (" in the June quarter to ", 1),
    (" in the quarter, helping lift cash to ", 7),
    (" as the group sold more parcels to ", 7),
])
def test_only_the_word_that_leads_to_a_level_may_follow_the_period_a_move_is_told_for(gap, words):
    assert _words_to_level(lexicon(), gap, 0, len(gap)) == words


def test_lazy_pattern_matches_as_its_compiled_regex():
    from pipeline.money.lexicon import LazyPattern
    lazy, compiled = LazyPattern(r"(?:share\s+of)$", 2), __import__("re").compile(r"(?:share\s+of)$", 2)
    assert lazy.pattern == compiled.pattern
    for text in ("a Share  of", "share of the", ""):
        assert (lazy.search(text) is None) == (compiled.search(text) is None)
        assert (lazy.match(text, 2) is None) == (compiled.match(text, 2) is None)


def test_a_row_opening_with_a_public_body_matches_as_its_own_regex_with_the_bodys_look_made_once():
    from pipeline.money.lexicon import BodyFirstPattern
    rules = lexicon()
    needing = rules.opening_needs["amount"][1]
    gated = {id(pattern): pattern for rows in (needing.uncued, *needing.by_cue.values()) for _, pattern in rows
             if isinstance(pattern, BodyFirstPattern)}.values()
    assert gated
    sentences = ["The Scottish government has spent about £2.4 million on the ferry's repairs, ministers said.",
                 "Brightline has spent about $2.4 million on the ferry's repairs, its owner said.",
                 "Last week, Norway's sovereign fund said it had invested $900 million in the port."]
    for sentence in sentences:
        end = sentence.index("about") + 6 if "about" in sentence else sentence.index("$")
        for pattern in gated:
            own = re.compile(pattern.pattern, re.I)
            assert (pattern.match(sentence, 0, end) is None) == (own.match(sentence, 0, end) is None), pattern.pattern
    assert find_money(sentences[0]) == []
    assert kinds_of(sentences[1]) == [("$2.4 million", "investment")]


def test_a_row_whose_look_ahead_comes_before_its_public_body_is_matched_only_where_the_body_opens_the_sentence():
    """The central bank's trading row of not_money.tsv looks ahead for "central bank" or "Bank" before its public
    body: it too waits for the body's one look, and vetoes as its own regex does."""
    from pipeline.money.lexicon import BodyFirstPattern, _look_ahead_length
    assert _look_ahead_length(r"(?=(?:[\w'-]+\s+){0,2}(?:bank|(?-i:Fed))\b){public_body}") == 43
    assert _look_ahead_length("{public_body}(?=\\s)") == 0
    needing = lexicon().opening_needs["amount"][1]
    gated = [pattern for rows in (needing.uncued, *needing.by_cue.values()) for _, pattern in rows
             if isinstance(pattern, BodyFirstPattern) and pattern.pattern.startswith("(?:(?=")]
    assert gated
    sentence = "The Bank of Korea sold about $1.5 billion from its reserves last week to slow the won's slide."
    end = sentence.index("$")
    for pattern in gated:
        assert (pattern.match(sentence, 0, end) is None) == (re.compile(pattern.pattern, re.I).match(
            sentence, 0, end) is None)
    assert find_money(sentence) == []


def test_the_opening_scan_finds_every_cue_of_the_rows_that_open_a_sentence():
    """Reading.vetoed skips the rows that open the sentence when their cues' one scan finds none: it must find each."""
    from pipeline.money.lexicon import applies_of
    rules = lexicon()
    rows = [r for r in load_table("money/not_money.tsv") if r["side"] == "before" and r["reach"] and r["cue"]]
    assert rows
    for row in rows:
        for cue in (w.strip() for w in row["cue"].split("|") if w.strip()):
            text = f"x {cue.lower()} y"
            for applies in applies_of(row):
                assert " ".join(cue.lower().split()) in rules.opening_scans[applies].found(text, 0, len(text)), cue


def test_a_row_that_opens_the_sentence_is_tried_where_a_word_it_needs_stands_before_the_figure():
    """Reading.vetoed tries an uncued row that reads the whole opening only where its needs scan finds one of its words
    between the opening and the figure: each row's example must hold one, and the scan must find it there."""
    from pipeline.money.lexicon import applies_of, needed_forms
    rules = lexicon()
    rows = [r for r in load_table("money/not_money.tsv") if r["needs"]]
    assert rows
    for row in rows:
        low = row["example"].lower()
        for applies in applies_of(row):
            scan, index = rules.opening_needs[applies]
            found = scan.found(low, 0, len(low))
            assert found & {" ".join(w.lower().split()) for w in needed_forms(row["needs"])}, row["_line"]
            assert index.rows(found), row["_line"]
    # a pay package told before the figure vetoes it; the same sum without one is the company's money
    assert not find_money("The board approved a pay package for the new chief executive worth as much as $90 million.")
    assert find_money("The board approved a plan for the new chief executive's unit to spend as much as $90 million.")


def test_a_public_body_that_pours_or_earmarks_a_sum_is_read_where_its_verb_stands_before_the_figure():
    """The uncued public-body rows of not_money.tsv are tried only where one of the verbs they need stands before
    the figure ("{money_verb}" needs any verb of money_verbs.tsv): the body's sum is still public money, a company's
    not."""
    from pipeline.money.lexicon import needed_forms
    assert {"poured", "earmarked", "asked donors for"} <= set(needed_forms("{money_verb}"))
    assert needed_forms("cost|{money_verb}")[0] == "cost"
    assert not find_money("The Port Authority has poured about $2 billion into the new bus terminal since 2019, "
                          "officials said.")
    assert not find_money("The European Commission has earmarked a 3 billion euro fund for farmers hit by the "
                          "drought.")
    assert [m.text for m in find_money("Ford has earmarked a $3 billion fund for battery plants in Kentucky.")] \
        == ["$3 billion"]


def test_a_cue_scan_finds_in_one_pass_every_cue_word_a_search_for_it_alone_finds():
    """Reading.vetoed learns which cues of not_money.tsv stand before a figure from one scan of the stretch: a word
    inside a longer one ("charge" in "charges of"), a phrase across a line break, and a cue cut off by the end of the
    stretch must come out as a search for each word alone finds them."""
    import re
    from pipeline.money.lexicon import CueScan
    rules = lexicon()
    words = {" ".join(w.lower().split()) for r in load_table("money/not_money.tsv") if r["side"] == "before"
             for w in r["cue"].split("|") if w.strip()}
    scan = CueScan(words)
    alone = {w: re.compile(r"\s+".join(map(re.escape, w.split(" ")))) for w in words}
    texts = [
        "The average selling price of its electric cars fell to 189,000 yuan in the quarter, from 204,000 a year ago.",
        "Analysts had expected charges\nof about $1.2 billion against the bond portfolio, the bank said on Tuesday.",
        "Attendance at the fair rose 12% and the audience for its online broadcast doubled, organisers said.",
        "The company will ask shareholders to approve a buyback worth up to 5% of its shares at the meeting in May.",
    ]
    for text in texts:
        low = text.lower()
        for lo, hi in ((0, len(low)), (10, 60), (0, low.find("price") + 3)):
            assert scan.found(low, lo, hi) == {w for w, p in alone.items() if p.search(low, lo, hi)}, (text, lo, hi)
    assert rules.veto_scans["amount"].found("", 0, 0) == set()


def test_a_cue_scan_finds_the_words_that_start_inside_a_word_it_has_just_found():
    """CueScan searches on from the character after each word it found: "take" inside "stake", "over" inside
    "takeover" and "overriding" right after it come out, though each starts inside a word already matched."""
    from pipeline.money.lexicon import CueScan
    scan = CueScan({"stake", "take", "takeover", "over", "rid", "target"})
    low = "its stake in the takeover target was overriding, the fund said."
    assert scan.found(low, 0, len(low)) == {"stake", "take", "takeover", "over", "rid", "target"}
    assert scan.found(low, low.find("takeover") + 2, len(low)) == {"over", "rid", "target"}
    assert scan.found(low, 0, low.find("takeover") + 5) == {"stake", "take"}


def test_a_reading_scans_a_stretch_for_cues_once_and_the_around_rows_of_a_cue_come_out_of_its_index():
    """Reading.vetoed asks for the cues of one stretch again for each figure of a sentence (its opening): the second
    answer is the first, unscanned; and the around rows of not_money.tsv are tried where a cue of theirs was found
    (or they have none), each row reachable by every one of its cues."""
    from pipeline.money.reading import Reading
    rules = lexicon()
    text = "The average selling price of its cars fell to 189,000 yuan, from 204,000 yuan, the carmaker said."
    reading = Reading(rules, text, matching_form(text), split_sentences(text))
    scan = rules.veto_scans["amount"]
    first = reading.cues_in(scan, 0, 40)
    assert first == scan.found(reading.low, 0, 40) and {"average", "price of"} <= first
    assert reading.cues_in(scan, 0, 40) is first
    checked = 0
    for rows in rules.vetoes.values():
        for _, _, parts, _, _ in rows:
            if parts is None:
                continue
            for before_after in parts.uncued:
                assert before_after in parts.rows(())
            for form, found in parts.by_cue.items():
                for before_after in found:
                    assert before_after in parts.rows({form})
                    checked += 1
    assert checked > 50


def test_an_around_row_without_a_cue_is_keyed_by_the_words_its_part_before_the_figure_needs():
    """The part after the figure of some around rows of not_money.tsv matches after nearly every sum, so a row without
    a cue is keyed by the words its part before the figure needs (read off its regex): it is tried only where one of
    them stands before the figure, and in a text where a case-blind "i" may be a dotless "ı", wherever it matches."""
    from pipeline.money.reading import Reading
    from pipeline.money.lexicon import VETO_BEFORE
    rules = lexicon()
    _, _, parts, needed, _ = next(row for row in rules.vetoes["amount"] if row[2] is not None)
    assert {"imposed", "levy"} <= needed
    levy = next(row for row in parts.rows(needed) if "imposed" in row[0].pattern)
    assert levy not in parts.uncued
    # the row of a levy imposed on each car: its before-part's verbs key it, and the scan of the stretch finds them
    text = "The ministry imposed a flat 500 euros levy on each imported car, officials said in Athens."
    reading = Reading(rules, text, matching_form(text), split_sentences(text))
    start, end = text.find("500"), text.find(" levy")
    assert levy in parts.rows(reading.cues_in(rules.veto_scans["amount"], max(0, start - VETO_BEFORE), start))
    assert reading.vetoed(start, end, "amount", (0, len(text)), False)
    # where none of the words stands before it, the row is not tried
    plain = "Shoppers spent a record 500 euros levy-free at the airport, the operator said."
    reading = Reading(rules, plain, matching_form(plain), split_sentences(plain))
    assert not reading.case_blind_extras
    assert levy not in parts.rows(reading.cues_in(rules.veto_scans["amount"], 0, plain.find("500")))
    # the rows near the figure, and the around rows with a cue, carry the words their regex needs, and the one scan of
    # the stretch before the figure finds each of them (a row is skipped where none of its words was found)
    scan = rules.veto_scans["amount"]
    near = rules.near_vetoes["amount"]
    carried = {w for row in near.rows(set(near.by_cue)) if row[2] for w in row[2]}
    carried |= {w for row in parts.rows(set(parts.by_cue)) if row[2] for w in row[2]}
    assert len(carried) > 100 and all(w in scan.found(w, 0, len(w)) for w in carried)
    turkish = "Ankara (Reuters) - The ministry of Aydın imposed a flat 500 lira levy on each imported car."
    assert Reading(rules, turkish, matching_form(turkish), split_sentences(turkish)).case_blind_extras


def test_the_rows_of_a_set_of_cues_are_gathered_once_and_are_the_same_rows_whatever_order_the_cues_come_in():
    """Reading.vetoed asks a cue index for the rows of the cues before each figure, and the figures of one story
    meet the same few sets of cues ("average", "price of" before every price of a sentence): the rows of a set come
    from one gathering, and a set written in another order, or one that holds a cue no row of the index has,
    gives the same rows."""
    from pipeline.money.reading import Reading
    rules = lexicon()
    text = "The average price of a flat in the city rose to 4.2 million yuan, from 3.9 million yuan a year earlier."
    reading = Reading(rules, text, matching_form(text), split_sentences(text))
    present = reading.cues_in(rules.veto_scans["amount"], 0, text.find("4.2"))
    assert {"average", "price of"} <= present
    near = rules.near_vetoes["amount"]
    first = near.rows(present)
    assert near.rows(set(sorted(present, reverse=True))) is first
    assert set(near.rows(present | {"no cue of any row"})) == set(first)
    assert set(first) == set(near.uncued).union(*(near.by_cue.get(form, ()) for form in present))


def test_trie_is_built_from_the_set_of_keyed_words_alone():
    import re
    from pipeline.money.lexicon import trie
    words = ["at least", "about", "At  Least", "above"]
    assert trie(words) == trie(reversed(words)) == trie({"above", "about", "at least"})
    for word in ("at  least", "about", "above"):
        assert re.fullmatch(trie(words), word)
# --- round 34: takings told by a verb, public money, stakes and rates, stock moves beside other measures ---------

TOLD_KINDS = [
    # sentence, money_text, market_kind
    # a name's bookings moved to a sum are its revenue, the move as the sum (alone, the move is a platform's)
    ("Korvex's bookings rose 9% to 3.1 billion euros in the quarter, the turbine maker said.", "9%", "revenue"),
    ("Korvex's bookings rose 9% to 3.1 billion euros in the quarter, the turbine maker said.", "3.1 billion euros",
     "revenue"),
    ("Last year the chain, now 31 shops, turned over £12.9m and made a profit of £640,000, and it still makes its "
     "pasties by hand.", "£12.9m", "revenue"),
    ("Sixteen years later, the unit Lin joined as its 31st engineer brings in more than 110 billion yuan a year.",
     "110 billion yuan", "revenue"),
    ("The centre's owners collected £4.9 million in rent in the year to March 2025.", "£4.9 million", "revenue"),
    ("Staying up would be worth another £110m or so in broadcasting money next season; going down would leave the club "
     "with parachute payments of about £49m.", "£110m", "revenue"),
    ("Staying up would be worth another £110m or so in broadcasting money next season; going down would leave the club "
     "with parachute payments of about £49m.", "£49m", "revenue"),
    # what a film took, told after an aside on it, is its takings; a studio told by its films' noun took nothing so
    ("\"Harbour Lights\", a thriller the studio co-financed with a Seoul producer, took 310 million rupees in its "
     "first week.", "310 million rupees", "revenue"),
    ("\"Red Cliffs\", a historical epic it distributed, has added $38 million since.", "$38 million", "revenue"),
    ("The drama studio added 500 million yuan of debt last year.", "500 million yuan", "other"),
    # ... nor a work's owner told after it, the aside on the owner, nor a label after a clause on its album
    ("The thriller's distributor, Orbis Pictures, added 900 million won of bank loans in March.", "900 million won",
     "other"),
    ("After the album stalled in the charts, the label, Halcyon Records, took a 12 million euro charge.",
     "12 million euro", "other"),
    # what a platform handled passed through it; a deal an adviser handled is the deal's
    ("The travel site handled roughly 40 billion yuan of bookings in the year to June, a broker estimates.",
     "40 billion yuan", "transaction_volume"),
    # a mill converted for a sum is money put into it; a debt converted is no such money
    ("The group converted a paper machine at Lahti to make tissue in 2021 for 140 million euros.",
     "140 million euros", "investment"),
    ("The lender converted 2 billion yuan of debt into equity last month.", "2 billion yuan", "other"),
    ("The state bank converted a 900 million rand loan into shares of the airline in June.", "900 million rand",
     "other"),
    # what an owner rebuilt with no article after the verb may be no plant ("its balance sheet")
    ("The retailer rebuilt its balance sheet after the pandemic and now holds $1.4 billion in cash.", "$1.4 billion",
     "other"),
    ("The cement maker rebuilt the kiln at its Texas plant in 2023 for $45 million.", "$45 million", "investment"),
    # deals an adviser handled, the deals told after the sum, are no platform's trade
    ("Morgan Stanley handled $310 billion of mergers in 2024, topping the league table.", "$310 billion", "other"),
    ("At that price, the enterprise value, including net debt and leases, comes to about 4.1 billion euros.",
     "4.1 billion euros", "valuation"),
    ("Rovers' books: how a promotion season left the club £38m in the red", "£38m", "profit"),
    # an ore's fines are a product, priced by the tonne as the ore is; a company fined stays fined
    ("Australian iron ore 62% Fe fines rose 1.8% to $97.40 a tonne in Qingdao on Thursday.", "$97.40", "other"),
    ("Brazilian iron ore fines delivered to Rizhao fell 3% to $101 a tonne last week.", "3%", "other"),
    ("The port operator was fined $4 million for letting iron ore dust blow into the town.", "$4 million", "fine"),
    # a good's price per unit told once after a range's last end prices both ends
    ("The price of canola oil in Winnipeg has swung between 58 cents and 84 cents a pound since the drought.",
     "58 cents", "other"),
    ("The price of cheddar at the Wisconsin auction ranged from $1.62 to $1.90 a pound last month.", "$1.62", "other"),
    ("The price of its shares has swung between $58 and $84 since the listing.", "$58", "share_price"),
]


@pytest.mark.parametrize("sentence, text, kind", TOLD_KINDS)
def test_takings_told_by_a_verb_a_clubs_payments_an_enterprise_value_and_a_sum_in_the_red_have_their_kinds(
        sentence, text, kind):
    assert kind_by_text(sentence)[text] == kind


NO_ROW_HERE = [
    # sentence, money_text that makes no row
    ("The council set a budget of £184 million for 2026-27 last month, and has frozen its share of council tax for a "
     "second year.", "£184 million"),
    ("The council will pay Ridgeway Buses £4.2m a year from April, up from £3.6m under the old contract.", "£4.2m"),
    ("The club says it will stay within the league's profit and sustainability rules, which allow losses of up to "
     "£105m over three seasons.", "£105m"),
    ("Season tickets for next season will rise 8% to £655 for an adult in the main stand, the first increase since "
     "2022.", "8%"),
    ("Season tickets for next season will rise 8% to £655 for an adult in the main stand, the first increase since "
     "2022.", "£655"),
    ("Haniel and Freenet, which own 16.7% and 9.1%, have agreed to tender their shares.", "16.7%"),
    ("Haniel and Freenet, which own 16.7% and 9.1%, have agreed to tender their shares.", "9.1%"),
    ("A fine of 4%, the rate Alibaba paid in April 2021, would come to roughly 2.4 billion yuan.", "4%"),
]


@pytest.mark.parametrize("sentence, text", NO_ROW_HERE)
def test_a_councils_budget_and_contract_a_leagues_loss_cap_a_ticket_rise_a_stake_and_a_fines_rate_make_no_row(
        sentence, text):
    assert text not in kind_by_text(sentence)


def test_a_company_that_does_not_pay_is_no_council_and_a_fine_told_as_a_sum_stays_a_fine():
    assert kind_by_text("Alibaba was hit with a fine of 18.2 billion yuan.") == {"18.2 billion yuan": "fine"}
    assert "£3.6m" not in kind_by_text(NO_ROW_HERE[1][0])


SALARIES_AND_PUBLIC_FUNDS = [
    # sentence, figure that is one person's salary or public money (a finance ministry tells of its budget)
    ("The new harbour master will earn a $148,000 annual salary, the port board said on Tuesday.", "$148,000"),
    ("Auditors found the mayor had spent about $75,000 in city funds on trips to his holiday home.", "$75,000"),
    ("The spending plan sets aside 61 billion euros for defence and 12 billion euros for rail, the finance ministry "
     "said.", "12 billion euros"),
]


@pytest.mark.parametrize("sentence, text", SALARIES_AND_PUBLIC_FUNDS)
def test_a_persons_annual_salary_a_sum_in_state_funds_and_a_sum_a_finance_ministry_tells_make_no_row(sentence, text):
    assert text not in kind_by_text(sentence)


PUBLIC_MONEY_AGREED_FURTHER_AND_POOLED = [
    # sentence, figure a public body agreed to lay out, laid out further, or rich nations as a group provide
    ("The county council voted to borrow $45 million to rebuild the courthouse, officials said.", "$45 million"),
    ("The regional council spent $3 million on road repairs in the spring, and a further $1.2 million on bridges over "
     "the summer.", "$1.2 million"),
    ("Under the accord, wealthy nations pledged to provide $40 billion a year for adaptation by 2030, and urged all "
     "lenders to scale up to $200 billion.", "$200 billion"),
    ("The county, which runs the island ferry, said the breakdown had cost it about $210,000 in lost fares.",
     "$210,000"),
]


@pytest.mark.parametrize("sentence, text", PUBLIC_MONEY_AGREED_FURTHER_AND_POOLED)
def test_what_a_council_voted_to_borrow_a_further_sum_it_spent_and_what_rich_nations_pledge_make_no_row(sentence, text):
    assert text not in kind_by_text(sentence)


STOCK_MOVES_BESIDE = [
    # sentence, percentage that is the stock's move
    ("Alibaba's US shares finished 7.2% higher at $178.35, adding roughly $29 billion to its market value, and Baidu "
     "gained 5.4%.", "5.4%"),
    ("In Hong Kong earlier, the Hang Seng Tech index rose 2.8%, led by Alibaba's 6.9% gain.", "6.9%"),
    ("PDD Holdings has turned positive, up 1.1% at $121.80, after falling as much as 2.9% in the morning.", "2.9%"),
    ("Alibaba extends gains to 6.5%.", "6.5%"),
]


@pytest.mark.parametrize("sentence, text", STOCK_MOVES_BESIDE)
def test_a_stock_move_after_a_market_value_in_the_possessive_after_an_index_or_as_an_earlier_fall_is_a_share_move(
        sentence, text):
    assert kind_by_text(sentence)[text] == "share_move"


@pytest.mark.parametrize("sentence, text, kind", [
    ("The Hang Seng index rose 1%, extending Monday's 2% gain.", "2%", "other"),
    ("Revenue rose 5% to $2 billion, after falling 3% a year earlier.", "3%", "revenue"),
])
def test_a_day_in_the_possessive_or_an_earlier_fall_of_revenue_is_no_stock_move(sentence, text, kind):
    assert kind_by_text(sentence)[text] == kind


@pytest.mark.parametrize("sentence, kinds", [
    ("Fixed-asset investment fell 0.5% in the first nine months, dragged down by a 13.9% drop in property investment.",
     []),
    ("The 500 billion yuan policy-based financing tool announced in late September should support infrastructure "
     "spending.", []),
    ("About $2 trillion was wiped off the value of stock markets around the world.", []),
    ("Sterling, which had climbed above $1.50 that evening as traders bet on a vote to remain, began to slide.", []),
    ("By the early hours of June 24 it had fallen as much as 11% against the dollar, to $1.3229, its lowest level "
     "since 1985.",
     [("11%", "other")]),
    ("Shares offered: 240 million, 90% to institutions and 10% to retail investors.", []),
    ("About 60% of the money raised will go to research, 20% to expanding production and the rest to working capital.",
     []),
    ("A far cry from the US$5,600 peak it fetched in late 2022.", [("US$5,600", "other")]),
    ("The valuation is more than double the 21 billion yuan it fetched in a funding round last year.",
     [("21 billion yuan", "valuation")]),
    ("The Bank of England cut its base rate to 0.25% on Aug. 4, 2016, its first cut since March 2009.",
     [("0.25%", "other")]),
    ("Hexin would be valued at more than three times the 28 billion yuan it fetched in a Series C round led by "
     "Hillhouse.",
     [("28 billion yuan", "valuation")]),
])
def test_economy_wide_statistics_public_tools_currency_levels_and_shares_of_a_whole_make_no_company_row(
        sentence, kinds):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == kinds


@pytest.mark.parametrize("sentence, kinds", [
    # a rally whose only market word is a sector's stocks is that sector's move, no company's (contract, the table)
    ("The earnings run will test a rally that has lifted Chinese internet stocks by a fifth since mid-January.", []),
    ("Since the rout, the stock has recovered; a more recent rally lifted shares", ["share_move"]),
    # what a project is costing, in millions, is money spent; what a product costs is its price
    ("The work, costing about £180m, would start in summer 2027 if approved and take two years.", ["investment"]),
    ("The basic plan, costing 29 yuan a month, launched in May.", []),
    # a trigger in an apposition that restates the figure before it tells of that figure's noun
    ("A fine of 4%, the rate Alibaba paid in April 2021, would come to roughly 2.4 billion yuan.", ["fine"]),
])
def test_a_sectors_rally_a_projects_cost_and_a_restated_fine_are_read_by_what_they_tell_of(sentence, kinds):
    assert [m.market_kind for m in find_money(sentence)] == kinds


@pytest.mark.parametrize("sentence, kinds", [
    # a growth told in constant currency is a business's sales, and so is the one joined on after "while"
    ("Retail, its biggest segment, grew 4.6% in constant currency, while healthcare rose 7.9%.",
     [("4.6%", "revenue"), ("7.9%", "revenue")]),
    # a profit named nearer keeps its own kind
    ("Operating profit rose 6% in constant currency to 1.2 billion euros.",
     [("6%", "profit"), ("1.2 billion euros", "profit")]),
    # what a business group brought in is its revenue, and the years it is set against are that measure too
    ("Cainiao Smart Logistics Group brought in 101.3 billion yuan in fiscal 2025, against 99.0 billion yuan in "
     "fiscal 2024.", [("101.3 billion yuan", "revenue"), ("99.0 billion yuan", "revenue")]),
    # the measure named again after the year it was reached by, put "at" a sum again, and its last total told
    ("The first fair drew 41 million yuan in sales. By 2016 the figure had reached 12.4 billion yuan, and in 2019 the "
     "organisers put it at 30.6 billion yuan.",
     [("41 million yuan", "revenue"), ("12.4 billion yuan", "revenue"), ("30.6 billion yuan", "revenue")]),
    # the measure's own second predicate with no subject of its own, past an attribution and a season's years
    ("Broadcast revenue at the rugby league climbed to a record A$410 million in the 2023-24 season, its chief "
     "executive told reporters in Sydney on Thursday, and is expected to top A$450 million next season.",
     [("A$410 million", "revenue"), ("A$450 million", "revenue")]),
    # a stock that moved, then a clause of its market value, then one more predicate of the same stock
    ("Shares of Lantern Pharma sank 27% on Monday, erasing about $640 million of its market value, and fell a further "
     "3.9% on Tuesday.", [("27%", "share_move"), ("$640 million", "market_value_change"), ("3.9%", "share_move")]),
    # a move since a company debuted or started trading is its stock's; books opened for a listing make its sum IPO
    # money
    ("A Shenzhen battery maker that debuted on March 3 has lost 29%, while another has more than tripled since it "
     "started trading in January.", [("29%", "share_move"), ("tripled", "share_move")]),
    ("The Suzhou lidar maker opened its books on Tuesday and aims to raise up to HK$2.9 billion.",
     [("HK$2.9 billion", "ipo")]),
])
def test_constant_currency_business_groups_figures_told_again_and_stock_moves_since_a_debut_take_their_kind(sentence,
                                                                                                           kinds):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == kinds


@pytest.mark.parametrize("sentence", [
    # a threshold brands each passed or platforms are sorted by
    "The group said 312 brands had each passed 50 million yuan in sales on the first day.",
    # a cap on what others may spend bounds their money: no one's spending
    "Under the revised code, each council candidate may spend no more than NZ$30,000 on advertising.",
    "Registered campaigners are allowed to spend up to £700,000 during the referendum period.",
    "The regulator will inspect every lending platform with more than 8 billion yuan in outstanding loans.",
    # what creditors recover is a share of what they are owed; a rate's change in points; a volume's level in tonnes
    "The administrators said unsecured creditors could expect to recover less than 12% of what they are owed.",
    "Average occupancy of 78.4%, up 3.2 percentage points",
    "Air cargo volumes rose 6.1% to 212,000 tonnes in the quarter.",
    # home sales by a country's top developers are an industry's, and so is what analysts expect of them after
    "Home sales by the top 100 developers fell 9% in April, and analysts expect national property sales to fall a "
    "further 4% to 6% this year.",
])
def test_an_industrys_totals_thresholds_recoveries_and_operating_rates_make_no_money_row(sentence):
    assert find_money(sentence) == []


def test_taxes_raised_a_governments_costing_tax_thresholds_and_fiscal_headroom_are_public_finance_not_money():
    for sentence in (
            "The chancellor delivered her Budget on Wednesday, raising £18 billion a year in taxes by 2028-29.",
            "Free breakfasts will be offered in every primary school, at a cost the Treasury puts at £900 million a "
            "year.",
            "Officials said the pricing deal would save Medicare about $3.1 billion over a decade.",
            "Homes in Wales worth more than £1.5 million will pay a new property levy from 2027.",
            "The levy starts at £1,200 a year, rising to £6,000 for the most expensive homes.",
            "Van drivers will pay 4p a mile from 2029, and hybrid drivers 2p.",
            "The personal allowance of £12,570 and the higher-rate threshold of £50,270 stay frozen.",
            "Only the first £500 a year of interest on savings will be free of income tax.",
            "The watchdog said she would have headroom of £14 billion against her fiscal rules.",
            "Teams above the luxury-tax line, set at $170.8 million this season, pay a levy on every dollar over it.",
            "The levy paid by each cruise passenger would climb to as much as 14 euros from 9 euros next year.",
            "The ministry said the export duty on barley would fall to 310 rubles per ton from 640 rubles next week.",
            "A report to the council's cabinet put the cost of the inquiry, including legal fees, at about £95,000."):
        assert find_money(sentence) == [], sentence
    # a tax that moves in a clause of its own leaves a stock's price told after a comma or "and" alone
    assert kinds_of("The duty on spirits rose in February, and Diageo shares slipped to 2,240p from 2,390p.") == [
        ("2,240p", "share_price"), ("2,390p", "share_price")]
    assert kinds_of("The levy on bank profits was raised last year and NatWest's stock fell to 410p from 460p.") == [
        ("410p", "share_price"), ("460p", "share_price")]


def test_a_price_index_its_earlier_move_and_what_economists_expected_are_not_money_but_a_commoditys_move_is():
    for sentence in (
            "The producer price index rose 0.4% in March after a 0.2% increase in February.",
            "Economists surveyed by Bloomberg had forecast a monthly increase of 0.4%.",
            "Core prices, which strip out food and fuel, rose 0.4% in March.",
            "Rent costs, the largest part of the basket, climbed 0.3%.",
            "Egg prices fell 6.2%, and clothing prices climbed 0.7%.",
            "The streaming service introduced an off-peak discount of up to 50% for night viewing."):
        assert find_money(sentence) == [], sentence
    assert [(m.market_kind, m.percent) for m in find_money("Copper prices rose 1.8% on Tuesday.")] == [("other", 1.8)]
    # a central bank's policy rate that economists expect stays the market's figure
    assert [m.market_kind for m in find_money(
        "Most economists expect the central bank to lift its policy rate to 1.25% from 1%.")] == ["other", "other"]
    # a discount told against a stock's price is the deal's
    assert [m.market_kind
            for m in find_money("The new shares were sold at a discount of 6.5% to Monday's close.")] == ["investment"]


def test_a_stock_that_extends_its_gains_to_a_price_and_a_company_described_by_already_move_as_stocks():
    assert [(m.text, m.market_kind) for m in find_money(
        "The stock opened 4.1% higher and extended its gains into the afternoon, touching HK$62.80 before the "
        "close.")] == [
        ("4.1%", "share_move"), ("HK$62.80", "share_price")]
    assert [(m.market_kind, m.subject) for m in find_money("Xiaomi, already in the index, "
                                                           "slipped 1.2% on Monday.")] == [
        ("share_move", "Xiaomi")]


def test_a_later_sentence_that_names_the_days_tally_goes_on_with_the_festivals_sales():
    found = find_money(
        "The first sale drew 51 merchants and sales of 9 million yuan. Five years later the one-day tally "
        "reached 57.1 billion yuan.")
    assert [m.market_kind for m in found] == ["transaction_volume", "transaction_volume"]


@pytest.mark.parametrize("sentence, written, kind", [
    # an insurer's premiums are its revenue, not a "net" profit; what storms cost it is insured losses, kind other
    ("Net premiums written climbed 6.2% to $1.8 billion as the insurer pushed through higher rates.", "6.2%",
     "revenue"),
    ("Net premiums written climbed 6.2% to $1.8 billion as the insurer pushed through higher rates.", "$1.8 billion",
     "revenue"),
    ("The insurer booked catastrophe losses of $412 million in the quarter, against $96 million a year earlier.",
     "$412 million", "other"),
    ("The insurer booked catastrophe losses of $412 million in the quarter, against $96 million a year earlier.",
     "$96 million", "other"),
    # what a lender originates is what it transacts, its growth too
    ("The lender said it originated $11.6 billion of mortgages in the third quarter, up 23% from a year earlier, "
     "helped by its purchase of a rival servicer.", "23%", "transaction_volume"),
    # a move's clause ends where another predicate begins: the spending after it is no kind of the revenue's growth
    ("Tencent reported revenue of 660 billion yuan for 2024, up 8%, and has pledged to spend more on data centres.",
     "8%", "revenue"),
])
def test_premiums_insured_losses_loan_originations_and_a_move_before_another_predicate_keep_their_own_kind(
        sentence, written, kind):
    assert kind_by_text(sentence)[written] == kind


@pytest.mark.parametrize("text, written", [
    ("Loan applications jumped 14% in the week ended March 6, the industry group said.", "14%"),
    ("The median price of a previously owned home sold in February was $398,500, the realtors' group said.",
     "$398,500"),
    ("Economists expect the 10-year Treasury yield to stay near 4% for now, with some seeing a drift toward 3.5% by "
     "late next year.", "3.5%"),
    ("Zhipu lowered the price of its flagship model for developers to 1.2 yuan per million input tokens, from 4 yuan "
     "for the version it replaces.", "4 yuan"),
    ("For next year, the carrier expects capacity to grow by 3% to 4%.", "3%"),
    ("Housebuilder shares climbed on the figures.", "shares climbed"),
])
def test_a_count_a_home_price_a_rate_s_level_a_token_price_s_base_and_a_sector_s_shares_make_no_row(text, written):
    assert written not in [m.text for m in find_money(text)]


def test_a_section_heading_makes_no_row_while_the_figure_of_the_section_below_it_does():
    found = find_money("The chip unit plans to ship its first server chips next year.\n\nValuation debate\n\n"
                       "Bernstein values the unit at $30 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("$30 billion", "valuation")]


@pytest.mark.parametrize("sentence, currency", [
    ("The Pakistan Cricket Board said gate receipts for the one-day series reached 58 million rupees.", "PKR"),
    ("The Karachi-listed cement maker earned 9.4 billion rupees in the year to June.", "PKR"),
    ("India's second-largest carmaker earned 38 billion rupees in the quarter.", "INR"),
    ("Sri Lanka's largest conglomerate earned 21 billion rupees last year.", "LKR"),
    ("The Mumbai-based lender's shares closed at 1,499 rupees.", "INR"),
])
def test_rupees_are_the_currency_of_the_country_their_sentence_names(sentence, currency):
    assert [m.currency for m in find_money(sentence) if "rupees" in m.text] == [currency]


@pytest.mark.parametrize("sentence, figure, kind", [
    ("Executives said the service should bring in 300 billion yuan of additional transaction volume by 2028.",
     "300 billion yuan", "transaction_volume"),
    ("The chipmaker set the price range for its Shenzhen listing at 36 yuan to 41.50 yuan on Monday.", "36 yuan",
     "ipo"),
    ("The insurer has fixed the upper end of its IPO price band at 920 rupees, valuing it at about 610 billion rupees.",
     "920 rupees", "ipo"),
    ("The insurer has fixed the upper end of its IPO price band at 920 rupees, valuing it at about 610 billion rupees.",
     "610 billion rupees", "valuation"),
    # ... but a listed stock's own price band is its daily limit: the price it hit is its share price
    ("Shares of Varun Looms hit the lower price band of Rs 87.40 on the NSE after the audit report.", "Rs 87.40",
     "share_price"),
    ("Nordvolt breaks ground on $4 billion Quebec battery plant", "$4 billion", "investment"),
    # a company a public body owns reports revenue of its own: no public finance (not_money.tsv needs a relative clause)
    ("The state's largest utility reported revenue of $3.2 billion for 2025, up 6%.", "$3.2 billion", "revenue"),
    ("The government's oil company posted revenue of 14 billion rand in the quarter.", "14 billion rand", "revenue"),
    ("The bank puts the payments unit's value at $48 billion, or about 9 times its 2026 revenue estimate, up from $41 "
     "billion in its March note.", "$41 billion", "valuation"),
])
def test_what_a_sum_is_of_told_right_after_it_or_the_figure_a_base_is_compared_with_says_its_kind(sentence, figure,
                                                                                                  kind):
    assert kind_by_text(sentence)[figure] == kind


@pytest.mark.parametrize("sentence", [
    "The hospital trust's plan to end the overtime pay enhancement for porters would save about £2.3 million a year.",
    "The union says its paramedics could lose as much as £2,800 a year under the proposed rota.",
    "The government raised the minimum wage by 9% in January, the third rise in two years.",
    "The plant also qualifies for a 30% production tax credit under federal law.",
    "The county board approved a 15-year property tax break in May worth an estimated $215 million.",
    "Landlords agreed to rent reductions of as much as 40% at 60 of its stores.",
    "Shop rents in central Singapore have dropped about 18% since 2022, a JLL survey showed.",
])
def test_pay_public_money_and_rents_make_no_figure_however_they_are_told(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Vietnam's regional minimum wages will rise 7.2% to 4.96 million dong a month from January, the labour ministry "
    "said.",
    "Thailand's minimum wage to rise 2.4% to 400 baht a day in Bangkok",
])
def test_a_minimum_wages_rise_and_the_level_it_rises_to_make_no_figure(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Under the deal struck on Friday, the monthly minimum will rise to 7,400 lei from January.",
    "Cleaners in Manila will see the daily minimum go up 8% to 695 pesos next month.",
])
def test_a_minimum_told_by_its_period_without_the_word_wage_is_the_minimum_wage_and_makes_no_figure(sentence):
    assert find_money(sentence) == []


def test_a_minimum_investment_is_no_minimum_wage():
    assert find_money("The minimum investment will rise to $5,000 for the fund's retail class.") != []


def test_shares_that_give_back_a_percentage_fell_by_it():
    found = find_money("Shares of Norrland Mining jumped 9% on the bid on Monday, then gave back 2.3% on Tuesday as "
                       "doubts about financing grew.")
    assert [(m.percent, m.direction) for m in found] == [(9.0, "up"), (-2.3, "down")]


def test_a_rally_told_without_a_figure_went_up():
    found = find_money("The hedge fund trimmed its position in Meituan and kept selling its shares into the "
                       "recent rally.")
    assert [(m.market_kind, m.direction) for m in found] == [("share_move", "up")]


@pytest.mark.parametrize("sentence", [
    "Honor began taking orders for the phone on Friday, pricing the top model at 6,999 yuan.",
    "Xpeng opens pre-orders for its flying car at 1.99 million yuan",
    "Shoppers who put down a 299-yuan deposit before Dec. 1 will get a discount of 800 yuan at checkout.",
    "Festival ticket-holders, who paid as much as £320 each, will be refunded within 30 days.",
    "The fund, which raises about $9 billion a year from phone customers, pays for rural broadband.",
    "State and local governments have poured C$180 million into the arena and a new transit line.",
    "Train drivers have asked for a pay rise of 11% over three years.",
])
def test_a_products_price_what_buyers_pay_public_money_and_pay_make_no_figure(sentence):
    assert find_money(sentence) == []


def test_a_deal_deposit_in_millions_and_a_spread_against_an_offer_stay_figures():
    assert kind_by_text("The buyer exchanged contracts on Friday, paying a £7 million non-refundable deposit.") == {
        "£7 million": "investment"}
    kinds = kind_by_text("Tallis shares closed at $31.20, a discount of $2.80, or 8.2%, to Grayson's offer.")
    assert "$2.80" in kinds and "$31.20" in kinds


def test_a_stock_that_moves_again_after_an_aside_about_the_index_keeps_its_own_move():
    kinds = kind_by_text("JD.com's Hong Kong shares closed up 2.7% on Monday, outpacing a 0.9% gain in the Hang Seng "
                         "Index, and added another 1.1% in early trade on Tuesday.")
    assert kinds["2.7%"] == "share_move" and kinds["0.9%"] == "other" and kinds["1.1%"] == "share_move"


def test_a_change_told_by_the_verb_after_a_sum_set_off_by_commas_is_that_sums_change():
    # a sum set off by commas after its noun ("The last total it gave, 9.8 billion yuan ...,") is the subject of the
    # verb after the comma that closes it: its move is of the sum's kind, no market's (joins.tsv role=again)
    found = find_money("The fair drew 3.1 billion yuan in sales in its first year. The last total it gave, 9.8 billion "
                       "yuan for the 2019 edition, was up 12% on the year before.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("3.1 billion yuan", "revenue", ""), ("9.8 billion yuan", "revenue", ""), ("12%", "revenue", "up")]
    # a company named before the sum, with no apposition, keeps its own move: the sum is no subject
    moved = find_money("Kestrel Foods, which booked 1.4 billion euros in sales last year, was down 3% on Friday.")
    assert moved[-1].market_kind == "share_move"


@pytest.mark.parametrize("sentence", [
    "The entry fee for the city marathon remains at $95 this year.",
    "Tuition for next year has not been announced; it stands at $47,900 now, up 3.9% from last year.",
    "Renters in the city have faced rent increases of 12% or more since the pandemic.",
    "Cloud storage prices at the large providers are expected to fall by 10% to 15% next year, analysts say.",
    "The fellowship, worth up to $45,000 a year, covers two years of study.",
    "The company said 212 sellers on its platform had each passed 10 million yuan in sales.",
    "The hotel levy will raise roughly $6 million a year for road repairs.",
    "The governor's re-election campaign raised $3.1 million in the quarter.",
    "A super PAC aligned with the challenger has spent $900,000 on television ads.",
    "The hospital saw 48,300 patients last year, up 6% from 2023.",
])
def test_prices_grants_thresholds_levies_campaign_money_and_counts_make_no_figure(sentence):
    assert find_money(sentence) == []


def test_a_fund_that_returned_a_percentage_gained_it_unless_a_minus_says_it_lost():
    assert [(m.direction, m.market_kind) for m in find_money(
        "The foundation's endowment, which returned 9.7% in the year to June, will pay for the new library.")] == [
        ("up", "other")]
    assert [m.direction for m in find_money("The pension fund returned -2.4% in the quarter.")] == ["down"]


def test_a_fund_returning_a_percentage_and_the_value_of_its_portfolio_are_the_funds_results():
    assert [(m.direction, m.market_kind) for m in find_money(
        "Its infrastructure holdings did best, returning 8.7% over the twelve months, the pension fund said.")] == [
        ("up", "other")]
    assert kind_by_text("The value of the fund's portfolio climbed to $212.4 billion by the end of March.") == {
        "$212.4 billion": "other"}
    assert kind_by_text("The endowment earned a 7.9% return on its investments in the year to June.") == {
        "7.9%": "other"}


@pytest.mark.parametrize("sentence, text", [
    ("She incorporated the company in 2014 with 3 million yuan lent by her uncle and two former classmates.",
     "3 million yuan"),
    ("Okafor founded the company with two colleagues in a Lagos garage in 2009, with about $45,000 of their savings.",
     "$45,000"),
    ("Ines Marchetti opened the first bakery in Turin in 1987, with her brother and 40 million lire of their own "
     "money.",
     "40 million lire"),
    ("Hollis Farms began in 1972 as a dairy co-operative, with 30 members and $90,000 of its own money.",
     "$90,000"),
    ("After leaving the bank she opened a noodle shop in Chengdu in 2006, with 80,000 yuan borrowed from her "
     "parents.", "80,000 yuan"),
    ("The two brothers started the brewery in a rented barn in 2014 with $150,000 of their savings and a bank loan.",
     "$150,000"),
    ("Halvard said in November that its 2026 capital expenditures would be well above the $14 billion it spent in "
     "2025.",
     "$14 billion"),
])
def test_money_a_company_was_founded_with_and_its_capital_expenditures_are_invested(sentence, text):
    # kinds.tsv: the money a founder put in and capital expenditures, in the plural too, are kind investment
    assert kind_by_text(sentence)[text] == "investment"


def test_a_sum_raised_after_a_plan_to_list_is_the_listings_money():
    kinds = kind_by_text("The battery maker filed in March and plans to list H shares in Hong Kong later this year, "
                         "raising as much as HK$8 billion.")
    assert kinds == {"HK$8 billion": "ipo"}


def test_a_percentage_right_after_a_verb_of_change_and_its_pronoun_object_is_that_change():
    # joins.tsv role=pronoun_object: "trimmed them 11%" is a fall, as "trimmed them by 11%" is
    found = find_money("The shares hit a record HK$88.40 in May, before a wave of profit-taking trimmed them 9% by "
                       "the end of June.")
    assert [(m.text, m.market_kind, m.direction, m.percent) for m in found][-1] == ("9%", "share_move", "down", -9.0)
    # a sum after the pronoun is what was raised for it, no change
    assert find_money("Its backers raised them $2 million in a seed round in 2021.")[0].direction == ""


def test_a_percentage_after_a_verb_of_change_and_its_noun_object_is_that_change_when_the_level_follows():
    # joins.tsv role=object_owner: "lifted the dividend 4.3% to 98 cents" is a rise, as "lifted it by 4.3%" is
    found = find_money("The insurer cut its final dividend 35% to 13 pence as storm claims ate into profit.")
    assert [(m.text, m.direction, m.percent) for m in found][0] == ("35%", "down", -35.0)
    # without the level it went to, the percentage may be the object's size, not a change
    found = find_money("The chain raised its store count 5% in the year, adding 40 outlets.")
    assert [(m.text, m.direction) for m in found] == [("5%", "")]


def test_a_percentage_after_a_verb_of_change_and_a_longer_noun_object_a_person_owns_is_that_change():
    found = find_money("The analyst raised his FY26 revenue forecast 6% to 412 billion yuan after the results.")
    assert [(m.text, m.direction, m.percent) for m in found][0] == ("6%", "up", 6.0)


def test_a_percentage_right_after_a_stock_object_of_a_verb_of_change_is_its_move_even_after_an_article():
    found = find_money("A buyback that has pushed the stock nearly 40% higher drew praise; the rally lifted the "
                       "stock about 62% over the year.")
    assert [(m.text, m.market_kind, m.direction) for m in found][-1] == ("62%", "share_move", "up")


def test_a_percentage_increase_workers_want_or_demand_is_a_pay_claim_and_makes_no_row():
    assert find_money("Bus drivers struck again on Tuesday; they want a 15% rise and a shorter week.") == []
    assert find_money("The pilots' union is demanding a 20% increase over three years.") == []
    # a rise in something named is no pay claim
    assert [m.percent for m in find_money("Shareholders want a 10% increase in the dividend, the fund said.")] == [10.0]


def test_a_fund_that_returns_a_percentage_in_a_headline_gained_it():
    # setEZ, ez_pension_fund
    found = one("Ironwood Growth Fund returns 8.4% for the year, beating its benchmark")
    assert (found.market_kind, found.direction) == ("other", "up")


# --- round 44 (r44f): crowns, moves past a rate word, a bare change after a sum, per-head prices, public payers -------

def test_crowns_alone_are_the_currency_of_the_market_the_sentence_names():
    money = find_money("Shares in the Oslo-listed salmon farmer fell 2.9% to 184 crowns on Friday.")
    assert [(m.market_kind, m.amount, m.currency) for m in money] == [("share_move", None, ""),
                                                                     ("share_price", 184.0, "NOK")]
    assert [m.currency for m in find_money("The Stockholm-listed group borrowed 4 billion crowns.")] == ["SEK"]
    assert find_money("The museum displays 3 crowns and 12 swords.") == []


def test_a_stock_told_between_a_rate_word_and_its_move_keeps_the_move():
    money = find_money("Fresh export duty headlines sent the stock down 6.2% on Tuesday.")
    assert [(m.market_kind, m.percent) for m in money] == [("share_move", -6.2)]
    money = find_money("Its operating profit rose 9%, helped by wider refining margins, and its shares gained 3.4%.")
    assert [(m.market_kind, m.percent) for m in money if m.percent is not None][-1] == ("share_move", 3.4)
    assert find_money("The effective interest rate rose to 9.5%.") == []


def test_a_bare_up_after_a_sum_is_that_sum_s_change_even_where_a_stock_moved_before():
    money = find_money("Nordvik, whose shares rose 3.1% after it posted third-quarter sales of 2.4 billion kroner, "
                       "up 11%, plans a buyback.")
    assert [m.market_kind for m in money] == ["share_move", "revenue", "revenue"]


def test_a_price_per_head_and_the_price_it_rose_from_make_no_row():
    assert find_money("Since March, the trekking permit has cost $3,000 a head, up from $2,200.") == []
    assert [m.amount for m in find_money("The airline spent $5 million a head on its pilots' training.")] == [5e6]
    assert find_money("The museum now charges 12 euros a head, up from 9 euros last year.") == []
    assert [m.amount for m in find_money("The club paid 5 million euros a head for its two strikers.")] == [5e6]


def test_a_company_s_own_support_and_repayment_stay_rows_where_a_public_body_s_make_none():
    assert kinds_of("Harlow Mining raised its support for the smelter unit to 85 million rand.") == [
        ("85 million rand", "investment")]
    assert kinds_of("Harlow Mining must repay a $300 million loan in June.") == [("$300 million", "other")]
    assert find_money("The provincial government cut its funding for rural clinics by 8% this year.") == []
    # what a public body orders another to repay is the other's
    assert kinds_of("The provincial government ordered the water company to repay 40 million rand to households.") == [
        ("40 million rand", "other")]
    # a body set off by commas only owns the borrower, whose bond stays its own
    assert kinds_of("Harbin Urban Development, a financing vehicle owned by a city government, has asked investors to "
                    "delay repayment of a 900 million yuan bond.") == [("900 million yuan", "other")]


def test_a_bookings_move_to_a_sum_and_net_bookings_stay_revenue_past_a_profit_told_before():
    assert kind_by_text("The hotel group reported a net profit of 4.1 million euros, up 9%, and said net bookings were "
                        "12% higher.")["12%"] == "revenue"
    assert "12%" not in kind_by_text("The hotel group reported a net profit of 4.1 million euros, up 9%, and said "
                                     "spring bookings were 12% ahead of last year.")


@pytest.mark.parametrize("sentence", [
    "Shares of fragrance maker givaudan-style group aromatica, one of the biggest buyers of vanilla, fell 1.8% in "
    "Zurich.",
    "Shares of the group, which buys most of the island's oil, rose 2.4% in Oslo.",
])
def test_a_stock_s_move_past_an_aside_holding_a_market_word_stays_the_stock_s(sentence):
    assert [kind for _, kind in kinds_of(sentence)] == ["share_move"]


def test_a_cost_shared_or_raised_by_public_payers_is_public_money():
    assert find_money("The observatory cost about 1.3 billion euros ($1.5 billion), shared by its member states.") == []
    assert find_money("The canal cost about $8 billion, most of it raised from citizens and state banks.") == []
    money = find_money("The plant cost about $2 billion, shared by its two owners.")
    assert [(m.market_kind, m.amount) for m in money] == [("investment", 2e9)]


def test_an_analyst_s_value_of_a_unit_alone_is_a_valuation():
    money = find_money("Jefferies now values the payments arm alone at about $40 billion.")
    assert [m.market_kind for m in money] == ["valuation"]


def test_capex_is_money_invested_and_a_cash_flow_past_a_semicolon_does_not_take_it():
    money = find_money("- September quarter 2025: capex of 8.2 billion yuan; free cash flow of 4.9 billion yuan")
    assert [m.market_kind for m in money] == ["investment", "other"]
    assert [m.market_kind for m in find_money("Its full-year cap-ex of $2.3 billion was a record.")] == ["investment"]


def test_a_ranking_by_market_value_names_no_move_or_price_of_the_shares():
    money = find_money("Shares of Chile's Banco Andino, the country's biggest lender by market value, "
                       "fell 2.1 percent to 64.30 pesos.")
    assert [m.market_kind for m in money] == ["share_move", "share_price"]
    assert [m.market_kind for m in find_money("Toyota, the largest of them by market value at about $280 billion, "
                                              "reports on Tuesday.")] == ["market_cap"]


def test_a_number_after_a_month_is_a_day_and_no_range_with_the_percentage_after_it():
    money = find_money("The stock rose 1.4% on Friday, extending its gain since a low on Nov. 4 to 23%.")
    assert [m.text for m in money] == ["1.4%", "23%"]


def test_a_price_of_gas_per_therm_is_the_commoditys_level():
    money = find_money("Dutch gas for next-month delivery fell 3% to 81.5 pence per therm, and Uniper shares rose "
                       "1.1%.")
    assert [m.market_kind for m in money] == ["other", "other", "share_move"]


def test_a_verb_after_and_is_a_second_predicate_that_does_not_move_the_level_before_it():
    money = find_money("The shares began the year at about 410 pence and fell through the spring.")
    assert [(m.market_kind, m.direction) for m in money] == [("share_price", "")]


def test_a_fund_that_earned_a_percentage_return_gained_it():
    assert [(m.direction, m.market_kind) for m in find_money(
        "The Ridgeway Teachers' Pension Plan posted a 7.3% return for the year to March 31, its trustees said.")] == [
        ("up", "other")]
    assert [m.direction for m in find_money(
        "The college endowment earned an 11.6% return on its investments in the fiscal year.")] == ["up"]


def test_ticket_sales_an_events_organisers_tell_are_the_events_own():
    found = find_money("Organisers said ticket sales for the three-day festival had already passed 420,000 euros.")
    assert [(m.text, m.market_kind) for m in found] == [("420,000 euros", "revenue")]
    # so are those a house or a show reports as its own
    found = find_money("The ballet company posted ticket sales of $9.2 million for the season, up 6%.")
    assert [(m.text, m.market_kind) for m in found] == [("$9.2 million", "revenue"), ("6%", "revenue")]
    # but a box-office tracker that reports them tells the market's, no one's own
    assert find_money("Comscore reported domestic ticket sales of $148 million for the weekend, up 9% on a year "
                      "earlier.") == []


def test_a_sum_a_share_after_earnings_of_is_profit_per_share_not_the_stock_price():
    assert kind_by_text("Analysts had forecast earnings of 64 cents a share for the period.")["64 cents"] == "profit"


@pytest.mark.parametrize("sentence, written", [
    ("It also showed the Orra 4, priced at $649, which ships in April, and the Orra Pods, at $149.", "$149"),
    ("The Pixelbook Duo will cost $1,299 for the base model with 512 gigabytes of storage.", "$1,299"),
    ("Eleven restaurant chains with liabilities of more than $50 million filed for bankruptcy last year.",
     "$50 million"),
    ("The central bank forecast growth of 0.9% for 2027 and 1.3% in 2028.", "0.9%"),
    ("The central bank forecast growth of 0.9% for 2027 and 1.3% in 2028.", "1.3%"),
    ("In its January report, the fund projected growth of 2.1% for the region.", "2.1%"),
])
def test_a_product_price_a_size_threshold_and_an_economys_forecast_growth_make_no_figure(sentence, written):
    assert written not in [m.text for m in find_money(sentence)]


@pytest.mark.parametrize("sentence, written", [
    ("Its shares, priced at $21, closed the first day at $34.10, and the warrants, at $2, were sold out.", "$34.10"),
    ("The retailer said revenue growth of 7% beat its own forecast.", "7%"),
])
def test_a_share_price_after_an_offer_price_and_a_companys_growth_stay_figures(sentence, written):
    assert written in [m.text for m in find_money(sentence)]


def test_a_word_of_an_aside_whose_figure_ends_before_the_main_verb_says_nothing_of_that_verb_s_figure():
    found = kind_by_text("Halvorsen shares, which slid 1.4% on Thursday after it posted quarterly profit of $2.1 "
                         "billion, were 0.8% higher in early trading.")
    assert found == {"1.4%": "share_move", "$2.1 billion": "profit", "0.8%": "share_move"}
    # a verbless move after the clause's sum still tells of it
    found = kind_by_text("Halvorsen, which posted quarterly revenue of $9.4 billion, up 6%, plans a buyback.")
    assert found == {"$9.4 billion": "revenue", "6%": "revenue"}


def test_the_measure_of_a_multiple_told_after_a_part_s_worth_is_no_trigger_of_the_next_part_s_worth():
    found = kind_by_text("The broker values the payments arm at $52 billion, or about 9 times its 2027 earnings, and "
                         "the lending unit at $31 billion.")
    assert found == {"$52 billion": "valuation", "$31 billion": "valuation"}


def test_the_sales_a_company_is_described_with_are_revenue_not_the_verb_after_that_aside():
    assert kind_by_text("In 1984 the bakery, then a family business with annual sales of about $12 million, "
                        "raised $5 million from a local bank.")["$12 million"] == "revenue"


def test_what_a_gain_added_to_a_company_market_value_is_a_change_of_that_value_not_a_profit():
    found = kind_by_text("Friday's gain added about €2.4 billion to the company's market value, which closed at "
                         "€19 billion.")
    assert found == {"€2.4 billion": "market_value_change", "€19 billion": "market_cap"}


def test_a_sum_a_business_would_lose_is_its_loss():
    found = find_money("Analysts estimated that the unit would lose about 2 billion yuan next year.")
    assert [(m.market_kind, m.direction) for m in found] == [("profit", "down")]
    assert kind_by_text("The selloff means Alibaba would lose about $20 billion in market value, traders "
                        "said.") == {"$20 billion": "market_value_change"}


def test_a_loss_said_ahead_is_one_list_that_names_both_the_kind_and_the_fall():
    # joins.tsv role=loses_ahead, named by kinds.tsv and movements.tsv as {loses_ahead}
    found = find_money("The regional airline said it stands to lose about $300 million this year as fuel costs climb.")
    assert [(m.market_kind, m.direction, m.amount) for m in found] == [("profit", "down", 3e8)]
    assert lexicon().moves["stands to lose"] == ("down", "before")
    assert lexicon().triggers["stands to lose"]["amount_kind"] == "profit"


def test_a_sum_companies_will_together_lose_is_their_loss():
    found = find_money("Analysts expect the two carmakers will collectively lose about 12 billion yuan next year in "
                       "their price war.")
    assert [(m.market_kind, m.amount, m.direction) for m in found] == [("profit", 12e9, "down")]


def test_a_capital_campaign_of_a_theatre_is_its_own_fundraising_not_a_political_campaign():
    assert kind_by_text("The museum's new wing was paid for by a capital campaign that raised $62 million over "
                        "three years.") == {"$62 million": "investment"}
    assert find_money("The senator's campaign raised $1.2 million in the third quarter.") == []


def test_pesos_take_the_country_the_article_names_most():
    text = ("MANILA, May 4 -- The Philippine port operator said its Cebu terminal reopened on Monday.\n\n"
            "The company said it had spent 80 million pesos on repairs.")
    assert [m.currency for m in find_money(text)] == ["PHP"]
    assert [m.currency for m in find_money("Mexico's largest lender earned 12 billion pesos in the quarter.")] == [
        "MXN"]


def test_rupees_written_rs_take_the_island_the_story_is_datelined_in_over_an_ocean_it_names():
    text = ("Island hotels recover\nPORT LOUIS - Hotel groups say bookings from Europe to the Indian Ocean islands are "
            "back above their 2019 "
            "level.\n\nSunvale Resorts Ltd, which runs four hotels on the east coast, reported a profit of Rs 412 "
            "million for the year to June.")
    assert [m.currency for m in find_money(text)] == ["MUR"]
    assert [m.currency for m in find_money("The Seychelles central bank said tourism earned Rs 4 billion last year.")] \
        == ["SCR"]


def test_a_result_compared_with_a_sum_is_of_the_measure_told_before():
    assert kind_by_text("Cash earnings rose 3% to NZ$610 million. The result compared with NZ$592 million a year "
                        "earlier.")["NZ$592 million"] == "profit"


def test_a_company_worth_a_sum_by_analysts_word_after_an_opening_clause_naming_a_deal_is_its_market_value():
    found = kind_by_text("Following the merger, Taskaro, which brokers reckon is worth about $9 billion, fell 2%.")
    assert found == {"$9 billion": "market_cap", "2%": "share_move"}


def test_a_sum_a_passive_verb_of_change_is_cut_by_goes_down_and_so_do_its_equivalent_and_the_gapped_sum_after():
    found = find_money("Sales for the year will be cut by roughly $72 million, or 2.4%, and operating profit by "
                       "$19 million, the auditor said.")
    assert [(m.text, m.direction) for m in found] == [
        ("$72 million", "down"), ("2.4%", "down"), ("$19 million", "down")]


def test_a_percentage_more_or_less_than_a_year_before_is_a_rise_or_a_fall():
    found = find_money("Visitors spent 96 billion won over the five-day holiday, 4.7% more than a year earlier.")
    assert [(m.text, m.direction) for m in found][-1] == ("4.7%", "up")
    found = find_money("The chain's revenue came to 2.3 billion euros, 3.1% less than the previous year.")
    assert [(m.text, m.direction) for m in found][-1][1] == "down"
    assert find_money("The ferry line carried 4.2 million passengers, 9% more than a year ago.") == []


def test_what_an_insurer_expects_to_pay_on_claims_is_no_money_invested_whatever_it_paid_before():
    assert one("Norway's natural-perils pool said on Monday it expected claims of about 6 billion crowns, nearly "
               "twice what it paid after the 2021 landslide.").market_kind == "other"
    assert one("Mutual insurers paid NZ$1.9 billion in claims after the Auckland floods.").market_kind == "other"


def test_a_list_of_stocks_after_one_move_each_with_its_percentage_moves_the_same_way():
    assert [(m.text, m.market_kind, m.direction, m.subject) for m in find_money(
        "Carmakers slumped: Stellantis fell 4.8%, Renault 3.9% and Volkswagen 2.6%.")] == [
        ("4.8%", "share_move", "down", "Stellantis"), ("3.9%", "share_move", "down", "Renault"),
        ("2.6%", "share_move", "down", "Volkswagen")]


def test_the_percentage_a_spending_plan_is_set_against_last_years_budget_by_is_public_finance_no_row():
    assert find_money("The district's spending plan is 2.7% larger than the current year's $912 million budget, "
                      "the board said.") == []
    # a company's budget told with its capital expenditure stays what it plans to invest
    assert kinds_of("The group's AI budget is 20% larger than last year's budget, as capital expenditure keeps "
                    "climbing.") == [("20%", "investment")]


@pytest.mark.parametrize("sentence", [
    # setGB, gb_tuition_vote: tuition is a price, told as a rise named after its percentage, as the level it was raised
    # to, or as an earlier rise after "tuition rose"
    "Northfield College trustees back 3.7% tuition rise for next year",
    "The regents voted on Tuesday to raise in-state tuition by 3.2% for the coming year, to $14,860.",
    "It is the smallest increase since 2016, when tuition rose 6.1%, and follows a 3.9% rise approved last spring.",
    # setFZ, fz_trade_deadline: what a player's contract pays him is pay
    "The goalie has three seasons left on a contract that pays him $5.4 million a year.",
    # setFY, fy_rating_history: shares that have fallen "far enough" tell a view, no move
    "The strategist said the shares had dropped far enough to make the stock cheap again.",
])
def test_tuition_a_players_contract_pay_and_shares_fallen_far_enough_make_no_row(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    # setFY, fy_investor_day: what a company is pouring into something is money it invests
    ("Investors want proof that the billions of dollars Kestrel is pouring into new mines will pay off.",
     "billions of dollars"),
    # setGB, gb_tuition_vote: what a building costs is money spent on it
    ("The hospital said its $240 million medical center, a year late, will open next spring.", "$240 million"),
])
def test_money_poured_into_something_or_a_buildings_cost_is_investment(sentence, text):
    assert kind_by_text(sentence)[text] == "investment"


@pytest.mark.parametrize("sentence", [
    "Implied volatility on Larchmont Bio's options jumped to 140% before the trial readout.",
    "Implied volatility on the stock rose sharply ahead of the court's ruling.",
    "The county's health board overspent by £22 million last year, an audit found.",
    "The recount the challenger demanded is expected to cost $2.4 million.",
    "The governor's re-election campaign has paid $650,000 to a Washington law firm this year.",
    "Each of the 12 finalists will receive 200,000 yuan from the provincial fund.",
    "Nurses who stay through the winter will get $5,000 each, the hospital said.",
])
def test_implied_volatility_an_overspend_a_recount_a_campaign_paying_and_sums_each_person_gets_make_no_figure(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The most traded option was a call with a $75 strike expiring in January.",
    "Open interest in March calls at the $80 strike has tripled since the budget.",
    "Funds have been buying calls to bet on a rebound in the miner's shares.",
])
def test_an_options_strike_open_interest_and_a_move_bet_on_make_no_figure(sentence):
    assert find_money(sentence) == []


def test_a_move_of_the_stock_told_beside_a_strike_stays_a_figure():
    assert [m.text for m in find_money("Corvane's shares rose 4% on Friday, and a call with a $75 strike was the most "
                                       "traded contract.")] == ["4%"]


def test_a_price_per_share_told_each_and_a_sum_in_billions_each_stay_figures():
    assert [m.text for m in find_money("Halvard sold 3 million shares to the fund for $18 each on Monday.")] == ["$18"]
    assert [m.text for m in find_money("The two lenders each received $1.5 billion from the rescue fund.")] == [
        "$1.5 billion"]


@pytest.mark.parametrize("sentence", [
    "Tolls on Italy's busiest motorways will rise by an average of 1.8% from Jan. 1, the infrastructure ministry said.",
    "Italian motorway tolls to rise 1.8% in January",
    "A single trip from Milan to Bologna will cost a motorist 21.40 euros, up from 21.10 euros.",
    "The Turin-Genoa trip on the A26 goes up 30 cents to 14.60 euros.",
])
def test_a_toll_rise_told_with_the_roads_it_applies_to_and_a_trip_priced_to_a_driver_make_no_figure(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The province's budget, which foresees 84.2 billion rand in spending, goes to the legislature next week.",
    "Finance Minister Ana Ruiz said the draft included 31.5 billion pesos for hospitals, up from 27.9 billion pesos.",
    "Net borrowing under this year's budget will be 44 billion euros.",
])
def test_what_a_budget_foresees_a_finance_ministers_plan_and_borrowing_under_a_budget_are_public_finance(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The bonds convert at 12.8 shares per $1,000 principal amount.",
    "Its share count fell 0.6% in the December quarter, after a 1.4% drop in the September quarter.",
    "The chief executive said losses per delivery had halved since the spring.",
])
def test_a_bonds_principal_a_share_counts_earlier_drop_and_a_loss_per_order_make_no_figure(sentence):
    assert find_money(sentence) == []


def test_a_bonds_principal_after_for_each_makes_no_figure_while_the_price_paid_for_it_stays():
    figures = [m.text for m in find_money(
        "Holders who tender their notes by Friday will receive $1,082.50 for every $1,000 principal amount, the "
        "company said.")]
    assert "$1,000" not in figures


def test_a_sum_sizing_a_company_noun_is_its_market_value_whatever_trigger_follows_the_noun():
    kinds = kind_by_text("The $90 billion chipmaker said on Monday that operating profit rose 12% to $4.1 billion.")
    assert kinds["$90 billion"] == "market_cap" and kinds["$4.1 billion"] == "profit"


def test_a_sum_a_company_told_as_it_lost_is_its_loss():
    assert one("Records show it lost $14 million in 2019.").market_kind == "profit"


@pytest.mark.parametrize("sentence", [
    "1998 - Took Brightwave public in New York, raising $120 million",
    "A float of 20% of the company could raise about $1.5 billion, bankers said.",
])
def test_money_raised_by_taking_a_company_public_or_by_a_float_is_listing_money(sentence):
    assert one(sentence).market_kind == "ipo"


def test_an_all_cash_sale_of_a_company_is_a_deal_not_a_share_sale():
    assert one("Shareholders approved its $2.1 billion all-cash sale to Norland Bank.").market_kind == "investment"


@pytest.mark.parametrize("sentence, text, kind", [
    # setCL, lumo_ten_years: what a line of business "brought in" right before its sum is its revenue
    ("Subscriptions on the music app brought in 7.3 billion yuan last year, up from 5.9 billion yuan.",
     "7.3 billion yuan", "revenue"),
    # a word of fundraising still says what the money is
    ("Its Series B, in May, brought in $120 million.", "$120 million", "investment"),
    ("The IPO brought in HK$4.6 billion for the dairy group.", "HK$4.6 billion", "ipo"),
])
def test_what_a_line_of_business_brought_in_is_its_revenue_unless_a_word_of_fundraising_says_otherwise(
        sentence, text, kind):
    assert kind_by_text(sentence)[text] == kind


@pytest.mark.parametrize("sentence, texts", [
    # setCM, rba_minutes: a central bank's benchmark range is its policy rate
    ("The central bank voted to keep its benchmark range at 4.00% to 4.25% for a third meeting.", ["4.00%"]),
    # setBP, fed_minutes: the level economists expect cuts to leave the rate at
    ("Analysts at Barclays expect two more cuts next year, taking the rate to 3% by June.", ["3%"]),
    ("Strategists at UBS see the Fed holding in March, leaving the rate at 3.5% to 3.75% until the summer.",
     ["3.5%"]),
])
def test_a_central_banks_benchmark_range_or_the_rate_cuts_leave_it_at_is_a_market_wide_figure(sentence, texts):
    found = kind_by_text(sentence)
    for text in texts:
        assert found[text] == "other"


@pytest.mark.parametrize("sentence, text", [
    # setCK, private_credit_roundup: a fund's internal rate of return is its result
    ("Its second buyout fund has delivered a net internal rate of return of 14.2% since it closed in 2021.", "14.2%"),
    # setGB, gb_tuition_vote: an annualised return told farther from its figure
    ("The endowment's annualized return over the past 20 years was 7.6%, the university said.", "7.6%"),
])
def test_a_funds_internal_rate_of_return_or_annualised_return_is_its_result(sentence, text):
    assert kind_by_text(sentence)[text] == "other"


@pytest.mark.parametrize("sentence, text, kind", [
    # setT, veridane: a person's own stake, told by "whose", "his" or "her", is that person's fortune
    ("Chief financial officer Mara Lindqvist, whose stake is now worth about $240 million, sold no shares.",
     "$240 million", "net_worth"),
    ("Her holding was worth roughly 2.1 billion euros when the group listed in Paris.", "2.1 billion euros",
     "net_worth"),
    # a person the text has named, in the possessive before the stake or as the holder of the share it restates
    ("Vice chairman Rafael Ortega joined in 2009. Ortega's remaining 2.6% stake is now worth about $780 million.",
     "$780 million", "net_worth"),
    ("Co-founder Ines Maalouf left the board in March. Maalouf holds about 21%, a stake worth roughly 640 million "
     "euros at the last round's price.", "640 million euros", "net_worth"),
    # a company's stake told in the possessive stays its value
    ("Harrow Ventures' 18% stake was worth about $1.1 billion, the filing showed.", "$1.1 billion", "valuation"),
    # a holding with no person's word stays its value
    ("At the offer price, the state fund's holding would be worth US$9 billion.", "US$9 billion", "valuation"),
    # a stake told with "worth" right after it, no verb between, is its value too
    ("Teller Capital has built a stake worth about $450 million in the brewer.", "$450 million", "valuation"),
    # and so is a stake "in" a company a deal traded, its worth told "then" past a comma: no money the deal paid
    ("The bank took over the port in exchange for the state's 30% stake in Havnor, then worth about $1.2 billion.",
     "$1.2 billion", "valuation"),
])
def test_a_persons_own_stake_is_a_fortune_and_any_other_holding_a_value(sentence, text, kind):
    assert kind_by_text(sentence)[text] == kind


@pytest.mark.parametrize("sentence, text, kind", [
    # setGI, gi_ant_buyback: a sum raised in listings is the IPO's, what the float valued the company at its valuation
    ("Corvel had hoped to raise about $12 billion in dual listings in Shenzhen and Hong Kong, which would have valued "
     "the group at more than $90 billion.", "$12 billion", "ipo"),
    ("Corvel had hoped to raise about $12 billion in dual listings in Shenzhen and Hong Kong, which would have valued "
     "the group at more than $90 billion.", "$90 billion", "valuation"),
    # setGJ, gj_drought_stages: a complex a company builds, told right after its sum, is money it invests
    ("Hanwell Semiconductor, which is building a $22 billion chip complex outside Phoenix, said the plant would "
     "recycle its water.", "$22 billion", "investment"),
])
def test_a_sum_raised_in_listings_a_float_valuing_the_company_and_a_complex_built_take_their_own_kind(sentence, text,
                                                                                                      kind):
    assert kind_by_text(sentence)[text] == kind


def test_a_business_that_expanded_a_percentage_grew_while_a_programme_expanded_by_one_is_no_figure():
    found = find_money(
        "Google Cloud grew 28% in the quarter, while Microsoft's Azure, which expanded 39%, stayed ahead.")
    assert [(m.text, m.percent) for m in found] == [("28%", 28.0), ("39%", 39.0)]
    assert find_money("The retailer expanded its loyalty programme by 30% in the spring, "
                      "adding 2 million members.") == [
        ]


@pytest.mark.parametrize("sentence", [
    # setGH, gh_steel_imports: a tariff that doubled is a tax, and the second move of a count told with "and" is the
    # count's
    "The levy took effect in March, a year after the administration doubled tariffs on aluminum to 20%.",
    "Exports of frozen fish totaled 84,000 tonnes in May, up 6% from April and 14% higher than a year earlier.",
])
def test_a_doubled_tariff_and_the_second_move_of_a_count_make_no_figure(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    # setGH, gh_sudan_truce: a currency named by its country's adjective moves as the market does, not as a company
    "In Khartoum, the Sudanese pound weakened about 6% against the dollar on the black market on Monday, dealers said.",
    "The currency gained 2.5% against the dollar after the central bank raised rates.",
])
def test_a_currency_named_by_its_countrys_adjective_or_the_currency_moves_as_the_market(sentence):
    found = find_money(sentence)
    assert len(found) == 1 and found[0].market_kind == "other"


@pytest.mark.parametrize("sentence", [
    # setGH, gh_sudan_truce: an aid appeal is public money
    "The Red Cross launched a $310 million emergency appeal for flood victims in Pakistan on Monday.",
    # setGJ, gj_drought_stages: a fine per violation is what one person pays; a city-owned utility's money is public
    "Households that water lawns on banned days face fines of $100 for a first violation and $750 for repeat "
    "offenders.",
    "Lakeside Power, the city-owned utility, expects the rate freeze to cut its revenue by about $12 million next "
    "year.",
    # setGJ, gj_frigate_contract: what a government department says a programme costs is public finance
    "The Defence Ministry said the tanker program would cost up to C$8 billion over its life.",
    # setGJ, gj_broadway_grosses: an industry's shows' takings, a season's grosses, a record threshold and an average
    # admission are the whole market's or a price
    "London's 38 theatres took in about £21 million in the week to Sunday, the Society of London Theatre said.",
    "Grosses for the 2024-25 season reached $1.9 billion through May, up 7% from the season before.",
    "It was the first time a West End play had grossed more than £1 million in a single week.",
    "The average paid admission was $131.20 for the week.",
])
def test_an_aid_appeal_a_fine_per_violation_public_money_and_an_industrys_takings_make_no_figure(sentence):
    assert find_money(sentence) == []


def test_they_after_a_sentence_on_a_stocks_price_is_that_stock_moving():
    found = find_money("Kestrel's shares closed up 2.4% at $61.30 on Friday. They have more than tripled since 2023.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("2.4%", "share_move"), ("$61.30", "share_price"), ("tripled", "share_move")]


def test_a_business_sold_to_a_consortium_for_a_sum_is_deal_money():
    # setGI, gi_intime_sunart: the sale's price, though another sum stands in an aside between the verb and it
    sentence = (
        "Harwell agreed to sell Brightmart, the grocer it bought in 2016 for about $1.9bn, to a consortium led by "
        "its managers for Rmb5.2bn.")
    assert kind_by_text(sentence)["Rmb5.2bn"] == "investment"


# --- worth and value told in an apposition or a ranking ---------------------------------------------------------------

def test_a_company_set_off_with_its_worth_is_sized_by_its_market_value_not_the_subjects_revenue():
    found = kind_by_text("Tencent, worth roughly HK$5.2 trillion, posts its quarterly results on Wednesday.")
    assert found == {"HK$5.2 trillion": "market_cap"}


def test_an_unknown_name_set_off_with_a_worth_is_a_company_when_a_company_noun_follows_the_sum():
    assert kind_by_text("Veyra, worth about $61 billion, the Dutch chipmaker, will cut 400 jobs.")["$61 billion"] == (
        "market_cap")


def test_what_analysts_value_a_named_company_at_is_a_valuation_but_a_book_or_order_value_is_not():
    assert kind_by_text("Strategists at Halden Partners value Norrbrook Foods at about $2.2 billion.") == {
        "$2.2 billion": "valuation"}
    assert kind_by_text("Its book value was $1.8 billion at the end of June.") == {"$1.8 billion": "other"}
    assert kind_by_text("The order value climbed to $640 million in the quarter.")["$640 million"] != "valuation"


def test_a_place_in_a_ranking_told_with_a_sum_is_of_the_worth_the_article_ranks_by():
    text = ("The average NFL team is now worth $6.9 billion, according to the annual valuations. The Dallas Cowboys "
            "rank first at $12.8 billion, and the New England Patriots are third, at about $9.1 billion.")
    assert [m.market_kind for m in find_money(text)] == ["valuation", "valuation", "valuation"]


def test_a_price_last_told_at_a_level_is_no_place_in_a_ranking():
    text = "The fund is now worth $4 billion. The dollar was last at 151 yen in Tokyo."
    assert [m.market_kind for m in find_money(text) if m.text.startswith("151")] in ([], ["other"])


@pytest.mark.parametrize("sentence, text", [
    # round 53: a commodity that opens its sentence is the subject of the prices and moves of that clause, though a
    # word of trading stands nearer them
    ("Spot silver touched a record $54.10 an ounce on Monday before easing to trade 0.6% higher at $53.80 by noon.",
     "0.6%"),
    ("Spot silver touched a record $54.10 an ounce on Monday before easing to trade 0.6% higher at $53.80 by noon.",
     "$53.80"),
    ("Benchmark copper eased to trade 1.2% lower at $10,900 in London. It has gained more than 25% this year.",
     "25%"),
])
def test_a_commodity_that_opens_its_sentence_owns_its_prices_and_moves(sentence, text):
    assert kind_by_text(sentence)[text] == "other"


def test_an_insurers_reinsurance_programme_is_cover_bought_and_no_investment():
    assert kind_by_text("The insurer renewed its $900 million reinsurance programme on Jan. 1 at lower rates.")[
        "$900 million"] == "other"


def test_a_stock_word_after_the_commodity_keeps_its_figure_a_stocks():
    assert kind_by_text("Copper rose 1% on Monday and mining shares traded at $40.")["$40"] == "share_price"


def test_a_stock_that_climbed_to_a_record_price_is_at_that_price():
    sentence = ("By the summer of 2019 the stock had climbed to a record 3,480 yen, giving it a market value of $20 "
                "billion.")
    assert kind_by_text(sentence)["3,480 yen"] == "share_price"


@pytest.mark.parametrize("sentence, text", [
    ("The new cargo terminal cost roughly $210 million and opened in 2023, the airport's owner said.", "$210 million"),
    ("The move follows a 2 billion euro plan that the retailer unveiled last spring to build warehouses.",
     "2 billion euro"),
    ("The new plant in Osaka is part of the 900 billion yen programme it set out in March.", "900 billion yen"),
    ("The chipmaker has spent about half of the $6 billion program it announced two years ago.", "$6 billion"),
    ("The port operator said repairing its storm-damaged quay would cost about $60 million next year.", "$60 million"),
])
def test_what_a_thing_built_cost_and_a_spending_plan_are_investment(sentence, text):
    assert kind_by_text(sentence)[text] == "investment"


@pytest.mark.parametrize("sentence", [
    "The new finance chief will also receive a sign-on share award worth about $4 million that vests over four years.",
    "Annual passes to the park go on sale next week at $219, and weekday tickets will cost $45.",
    "So far this filing season the average federal refund is $2,940, the agency said on Friday.",
    "The exchange said average daily volume in its interest-rate futures grew 22% in November from a year earlier.",
])
def test_pay_awards_pass_prices_refunds_and_an_exchanges_volume_make_no_row(sentence):
    assert find_money(sentence) == []


def test_what_a_sentence_naming_a_dropped_total_again_compares_it_with_is_no_money_either():
    assert find_money("The West End's 40 theatres took £38.2 million in the week to Sunday, the Society of London "
                      "Theatre said. The total beat the £35.6 million of the week before and the old record of "
                      "£36.9 million, set last Christmas.") == []
    kinds = [m.market_kind for m in find_money("Qingfeng's revenue rose to 8.1 billion yuan in 2025. The total beat "
                                               "the 7.4 billion yuan analysts had expected.")]
    assert kinds == ["revenue", "revenue"]


PUBLIC_MONEY_UNION_PAY_AND_PRICES_PAID = [
    # sentence, money_text that makes no row (contract, "What makes a figure row")
    ("Japan spent 3.2 trillion yen propping up its currency in the month to May 30, the Finance Ministry said.",
     "3.2 trillion yen"),
    ("The sum tops the 6.1 trillion yen Japan spent defending the yen in 2022.", "6.1 trillion yen"),
    ("Overall outlay for 2026-27 is budgeted at Rs 48.2 lakh crore, the finance minister told parliament.",
     "Rs 48.2 lakh crore"),
    ("Total outlay for 2026-27 is set at 9.8 trillion rupees, up 4% from the revised estimate.", "4%"),
    ("The goalkeeper has signed a $12 million four-year contract with the Galaxy, the club said.", "$12 million"),
    ("The national census, the first since 2016, will cost roughly 1.1 billion rand to run.", "1.1 billion rand"),
    ("The Transport Ministry, which has budgeted 6 million euros for the campaign, will start it in June.",
     "6 million euros"),
    ("The festival could add about 300 million euros to Portugal's economy this summer, the tourism board estimated.",
     "300 million euros"),
    ("Members who back the new agreement will receive a $4,500 ratification bonus within 45 days.", "$4,500"),
    ("The four-year contract includes a 6% increase retroactive to March 1.", "6%"),
    ("Pharmacies charge about $120 a dose for the shingles vaccine without insurance.", "$120"),
    ("The new levy applies to purchases of up to $200 from foreign sites.", "$200"),
    ("The dollar slid from about 148.20 yen to 145.60 within an hour of the announcement.", "148.20 yen"),
]


@pytest.mark.parametrize("sentence, written", PUBLIC_MONEY_UNION_PAY_AND_PRICES_PAID)
def test_public_money_a_union_s_pay_terms_a_price_paid_and_a_currency_s_level_make_no_figure(sentence, written):
    assert written not in {m.text for m in find_money(sentence)}


def test_a_company_s_own_spending_and_its_shares_still_make_rows_beside_those_words():
    found = kind_by_text("Toyota spent $2.1 billion on a battery plant in North Carolina, and its shares rose 3%.")
    assert found.get("$2.1 billion") == "investment", found
    assert found.get("3%") == "share_move", found


@pytest.mark.parametrize("sentence", [
    "The team plan costs S$12.50 per user a month, and schools pay half that.",
    "Japan's anime market is expected to reach 3.5 trillion yen this year, the association said.",
    "Holiday spending reached 640 billion yuan, the ministry said, while the holiday box office came to 1.2 billion "
    "yuan.",
    "Lower energy prices should add about 0.3 percentage points to economic growth next year, the bank said.",
    "Successive price cuts have lowered the cost of access to its models by as much as 90% since January.",
])
def test_a_seat_price_a_markets_size_holiday_spending_a_box_office_and_growth_added_to_an_economy_are_not_money(
        sentence):
    assert find_money(sentence) == []


def test_an_order_worth_a_sum_at_list_prices_is_deal_money_not_a_valuation():
    found = kind_by_text("Qantas ordered 20 Airbus A321XLR jets, valued at $3.2 billion at list prices, on Monday.")
    assert found == {"$3.2 billion": "investment"}


@pytest.mark.parametrize("sentence, text", [
    ("Its new crime series was made for less than the 60 million yuan that a rival police drama cost the broadcaster.",
     "60 million yuan"),
    ("The documentary was filmed over two winters for about 3 million euros, the producers said on Friday.",
     "3 million euros"),
])
def test_what_a_drama_cost_to_make_and_the_sum_a_show_was_filmed_for_are_investment(sentence, text):
    assert kind_by_text(sentence)[text] == "investment"


@pytest.mark.parametrize("sentence, text", [
    ("The family office sold a 4.8 per cent stake in the retailer for roughly 310 million euros last week.",
     "310 million euros"),
    ("Later that year it cut its holding again, selling about 3 per cent for roughly Rs 1,450 crore.",
     "Rs 1,450 crore"),
    ("In 2022 the founder transferred a 6 per cent stake to his family trust for about $210 million.", "$210 million"),
])
def test_what_a_seller_gets_for_a_stake_it_sold_or_transferred_is_deal_money(sentence, text):
    assert kind_by_text(sentence)[text] == "investment"


def test_a_fund_manager_s_performance_fees_and_their_earlier_level_are_its_revenue():
    found = kind_by_text(
        "The hedge fund firm earned performance fees of $96 million last year, up from $41 million in 2023.")
    assert found == {"$96 million": "revenue", "$41 million": "revenue"}


def test_carbon_permits_that_settle_lower_at_a_price_a_tonne_are_the_market_s_move_and_price_not_a_share_s():
    found = find_money("EU carbon allowances settled 1.2% lower at 74.50 euros a tonne on Tuesday after the vote.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("1.2%", "other", "down"), ("74.50 euros", "other", "")]


def test_a_pronoun_that_moves_after_a_day_told_before_it_is_still_the_stock_of_the_sentence_before():
    found = find_money(
        "Shares of Kestrel Foods slid 3.6% to $41.15 on Monday. On Tuesday they recovered 1.2% by midday.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("3.6%", "share_move", "down"), ("$41.15", "share_price", ""), ("1.2%", "share_move", "up")]


def test_an_index_that_moves_after_a_day_told_before_its_pronoun_stays_the_market_s():
    found = find_money("The Nikkei fell 2% on Tuesday. On Wednesday it recovered 1.3%.")
    assert [(m.text, m.market_kind) for m in found] == [("2%", "other"), ("1.3%", "other")]


def test_what_a_delivery_app_spends_in_subsidies_for_its_riders_is_money_it_invests():
    found = kind_by_text(
        "The delivery app set aside 2 billion yuan in subsidies for riders and restaurants over the summer.")
    assert found == {"2 billion yuan": "investment"}


@pytest.mark.parametrize("sentence", [
    "The board wants to cap executive pay at 3 million euros a year at the state-owned lenders.",
    "Nordvik Bank paid its chief executive, Ingrid Sollie, 21.4 million kroner for 2024, up from 18 million.",
    "The rule would apply to lenders whose total assets exceed 50 billion dollars, the ministry said.",
    "A former town treasurer has admitted taking more than $1.8 million from ratepayers over a decade.",
    "The research station costs about A$250,000 a week to run, according to documents released on Monday.",
    "Residents approved a $62 million bond to replace the old harbour bridge by 61% to 39%.",
    "The company sells each harvesting robot for about 95,000 yuan and has 30 customers.",
    "Investigators said he had put the money into a beach house in Mornington, which he bought in 2020 for $2.4 "
    "million.",
    "Public debt charges climb to $58 billion in 2028-29 as older bonds are refinanced at higher rates.",
    "A half-point rise in rates would add roughly $5 billion a year to debt charges by 2030.",
    "The group aims to raise the renewable share of its data centres' electricity to 70% by 2030.",
    "We expect growth of 0.9 per cent in 2026 as tariffs weigh on exports, the budget office said.",
    "Budget 2026 also sets aside $12 billion over four years for housing.",
])
def test_pay_caps_a_boss_s_pay_thresholds_public_money_running_costs_prices_and_shares_of_a_whole_are_not_money(
        sentence):
    assert find_money(sentence) == []


def test_a_price_set_on_each_share_of_a_buyout_offer_is_still_a_row():
    texts = [m.text
             for m in find_money("The offer prices each Lumo share at $1.35, which values the company at $4 billion.")]
    assert "$1.35" in texts and "$4 billion" in texts


def test_a_funding_round_of_at_least_a_sum_is_investment():
    found = kind_by_text(
        "Zhipu is in talks with state funds about a round of at least $500 million, people familiar said.")
    assert found == {"$500 million": "investment"}


def test_the_earlier_valuation_a_post_money_valuation_rose_from_is_a_valuation_past_its_own_words():
    found = kind_by_text(
        "The deal values Orbex at $600 million after the money, up from $250 million at its Series B last year.")
    assert found["$600 million"] == "valuation" and found["$250 million"] == "valuation", found


def test_a_research_note_s_price_as_of_a_day_is_the_stock_s_price():
    found = kind_by_text("Rating: Hold. Target price: 61.50 euros. Price as of 27 February 2026: 57.84 euros.")
    assert found == {"61.50 euros": "share_price", "57.84 euros": "share_price"}


def test_a_local_council_opening_its_sentence_tells_of_public_money_but_a_company_it_names_keeps_its_rows():
    assert find_money("Hume City Council, which was sacked in 2021, has recovered about $850,000 and expects to "
                      "recover a further $200,000 from the former manager's pension.") == []
    found = kind_by_text("Medway Council said Brightwell shares rose 4% after the builder won the $60 million "
                         "contract.")
    assert found.get("4%") == "share_move", found


def test_bare_sums_listed_under_a_heading_that_names_their_currency_take_its_currency_and_kind():
    text = ("Net northbound buying of Kweichow Moutai shares by month, in Hong Kong dollars:\n"
            "- July: 3.2 billion\n"
            "- August: net sales of 800 million\n"
            "\n"
            "Analysts expect 2 billion more in September.")
    found = [(m.text, m.market_kind, m.amount, m.currency) for m in find_money(text)]
    # the line after the list is no item of it: its bare sum has no currency
    assert found == [("3.2 billion", "investment", 3.2e9, "HKD"), ("800 million", "investment", 8e8, "HKD")]


def test_a_heading_line_ending_in_a_currency_gives_it_to_the_list_but_not_the_end_of_a_longer_word():
    text = ("Quarterly dividends paid by the Zurich insurer to its shareholders, in Swiss francs:\n"
            "- First quarter: 1.1 billion\n"
            "- Second quarter: 900 million\n")
    found = [(m.text, m.currency) for m in find_money(text)]
    assert found == [("1.1 billion", "CHF"), ("900 million", "CHF")]
    # "Berlin" ends in the heading word, but no word opens there: the bare sums under it take no currency
    assert [m.currency for m in find_money(text.replace(", in Swiss", " in Berlin Swiss").replace("Zurich", "Berlin"))
            if m.text == "1.1 billion"] != ["CHF"]


def test_a_holding_a_sale_takes_below_a_share_is_a_stake_level_not_money():
    text = ("The pension fund sold 40 million shares of the lender for about $310 million on Tuesday, taking its "
            "remaining holding below 3 per cent.")
    assert [m.text for m in find_money(text)] == ["$310 million"]


def test_money_a_stock_market_is_said_to_raise_is_what_its_listings_raise():
    # the table's example says "Hong Kong to raise"; the city, told as the subject, raises its listings' money too
    kinds = kind_by_text("Bankers said the city raised HK$88 billion from 70 listings in the first half, the most "
                         "since 2021.")
    assert kinds == {"HK$88 billion": "ipo"}


def test_sales_across_major_e_commerce_platforms_are_what_shoppers_bought_not_revenue():
    kinds = kind_by_text("Analysts at a consultancy estimate that sales across major e-commerce platforms grew 9% "
                         "to 980 billion yuan during the promotion.")
    assert kinds == {"9%": "transaction_volume", "980 billion yuan": "transaction_volume"}


def test_a_diner_chain_that_sold_a_burger_at_a_price_makes_no_row_but_a_stake_sold_is_invested():
    assert [m.text
            for m in find_money("The diner chain sold a $3.49 breakfast sandwich in every state last spring.")] == []
    found = find_money("The founders sold a minority stake to a Singapore fund for $210 million in March.")
    assert [(m.amount, m.market_kind) for m in found] == [(210e6, "investment")]


def test_options_pricing_a_move_in_either_direction_is_a_share_move_in_money_or_percent():
    found = find_money("Weekly contracts price a move of roughly $11 in either direction after Thursday's report.")
    assert [(m.amount, m.market_kind) for m in found] == [(11.0, "share_move")]
    found = find_money("Traders are positioning for a move of about 9% in the shares after the results.")
    assert [(m.percent, m.market_kind) for m in found] == [(9.0, "share_move")]


def test_a_cut_to_a_public_bodys_federal_or_state_funding_is_public_money_and_makes_no_row():
    # not_money.tsv: what governments put into a thing is public money, and so is its cut
    assert find_money("The state legislature cut the library system's state funding by 6% for next year.") == []
    assert find_money("Parliament trimmed the broadcaster's public funding by 40 million euros on Thursday.") == []
    assert kind_by_text("Harlow Books said its revenue fell 6% after schools cut spending.") == {"6%": "revenue"}


def test_a_sum_set_off_before_the_value_or_size_of_a_whole_market_is_that_markets_worth_and_makes_no_row():
    # not_money.tsv: a whole market's worth is no company's valuation
    assert find_money("- 4.8 billion pounds: the estimated size of the British pet insurance market last year") == []
    assert find_money("Sales of plant-based milk reached $3.1 billion, the value of the whole US dairy-alternative "
                      "market in 2019.") == []
    assert kind_by_text("Halden is valued at $4 billion, the value of its stake in the market.") == {
        "$4 billion": "valuation"}


def test_a_lottery_prize_told_as_the_level_it_passed_makes_no_row_though_a_sales_word_opens_the_sentence():
    assert find_money("Ticket sales have jumped since the top prize climbed past $900 million on Saturday.") == []
    # a prize a company won names no level passed: its revenue stays
    assert kinds_of("The carmaker, which won a design prize in May, said revenue passed $2 billion.") == [
        ("$2 billion", "revenue")]


def test_a_person_s_gift_makes_no_row_but_a_gift_to_found_something_stays_a_row():
    assert find_money("He later gave $15 million to the hospital that treated his wife.") == []
    kinds = kind_by_text("In 2012 she gave $40 million to the university to found a cancer research centre.")
    assert kinds == {"$40 million": "other"}


def test_a_grant_a_company_was_awarded_stays_its_money():
    found = [(m.text, m.amount) for m in find_money("Micron was awarded $6.1 billion in federal grants in 2024.")]
    assert found == [("$6.1 billion", 6.1e9)]


def test_a_state_s_average_price_of_petrol_is_a_price_level_not_a_market_figure():
    text = "The statewide average stood at $3.12 on Sunday, after oil fell 2% last week."
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("2%", "other")]


@pytest.mark.parametrize("sentence", [
    "Sales of the region's battery industry grew 21 percent to 734 billion yuan last year, the bureau said.",
    "The ministry wants 30 logistics companies each with annual revenue of more than 2 billion yuan by 2028.",
    "The city government will set up a 5-billion-yuan semiconductor investment fund next year.",
    "The Interior Department said it would draw on a $1.2 billion emergency fund to pay park staff.",
    "The finance minister presented a 2027 budget that must find about 3 billion euros in savings.",
    "Since 2020 the number of listed biotech firms in the city has more than doubled to about 240.",
])
def test_an_industrys_totals_a_revenue_threshold_public_funds_a_rival_products_price_and_a_count_are_not_money(
        sentence):
    assert find_money(sentence) == []


def test_a_companys_own_revenue_beside_an_industry_and_its_own_fund_stay_money():
    assert kind_by_text("Alibaba's cloud revenue rose 34 percent to 39.8 billion yuan in the quarter.") == {
        "34 percent": "revenue", "39.8 billion yuan": "revenue"}
    assert kind_by_text("Revenue at the appliance maker rose 8 percent to 30 billion yuan, while the industry's sales "
                        "fell 2 percent.") == {"8 percent": "revenue", "30 billion yuan": "revenue"}
    assert one("Tencent will set up a 10-billion-yuan fund to back start-ups.").amount == 10e9


def test_a_price_set_against_comparable_products_is_no_row_of_its_own():
    texts = [m.text for m in find_money("Each electric bus in the tender cost the city 2.1 million yuan, against "
                                        "about 2.6 million yuan for comparable imported vehicles.")]
    assert texts == ["2.1 million yuan"]


def test_a_state_owned_company_s_own_fund_and_a_company_s_own_sector_keep_their_figures():
    # not_money.tsv: a government's fund and an industry's totals make no row, but "state-owned" names a company and
    # "its healthcare sector" a company's division
    assert [m.text for m in find_money("State-owned Sinopec said it would set up a 10 billion yuan venture fund to "
                                       "back hydrogen start-ups.")] == ["10 billion yuan"]
    assert [m.text for m in find_money("Revenue of its healthcare sector rose 5 percent to 4.1 billion euros in the "
                                       "quarter.")] == ["5 percent", "4.1 billion euros"]
    assert find_money("The provincial government will set up a 10-billion-yuan AI industry fund.") == []


def test_shares_that_value_a_whole_group_at_a_sum_tell_its_market_value():
    found = kind_by_text("At Monday's close of $38.90, Pellworth's shares value the whole group at about $27 billion.")
    assert found == {"$38.90": "share_price", "$27 billion": "market_cap"}


def test_a_cause_told_after_a_move_with_on_hopes_that_says_nothing_of_the_move():
    found = kind_by_text("Ostrava Chips rose 1.9% to 412 koruna and Kestrel Microsystems gained 0.8% on hopes that "
                         "heavier spending on data centres would lift orders.")
    assert found["0.8%"] == "share_move"
    assert found["1.9%"] == "share_move"


def test_a_cause_told_with_on_expectations_of_a_noun_says_nothing_of_the_move():
    found = kind_by_text(
        "Shares of Pemberton Rail, Britain's largest train builder, jumped 4.1% on expectations of more "
        "orders from Network Rail.")
    assert found == {"4.1%": "share_move"}


def test_what_a_government_will_spend_or_borrow_is_public_finance_and_makes_no_row():
    assert find_money("The state government will spend 1.4 lakh crore rupees on roads next year.") == []
    assert find_money("The government plans to borrow a gross 90,000 crore rupees in 2026-27.") == []
    assert one("Tata Motors will spend 35,000 crore rupees on new models.").market_kind == "investment"


def test_the_kosdaq_is_an_index_whose_move_is_the_whole_market():
    assert kind_by_text("Seoul's tech-heavy Kosdaq fell 1.2% to 731.40 on Tuesday.")["1.2%"] == "other"


def test_a_company_listed_in_the_nasdaq_tells_where_its_shares_trade_no_index():
    found = kind_by_text("Orbitec shares, which listed in Nasdaq in 2021, rose 4.1% to $8.35 on Monday.")
    assert found == {"4.1%": "share_move", "$8.35": "share_price"}


def test_what_a_company_has_said_a_plant_will_cost_is_money_it_invests():
    found = kind_by_text("The mill, which Norvale Paper has said will cost about C$640 million, is due to open next "
                         "spring.")
    assert found == {"C$640 million": "investment"}


def test_a_borrow_fee_and_a_valuation_called_cheap_are_no_figures_but_a_companys_own_move_stays():
    assert find_money("A trader said the fee to borrow the shares had fallen since the results.") == []
    assert find_money("\"The valuation is still undemanding,\" one fund manager said.") == []
    assert kind_by_text("Greyline's shares had fallen 6% by midday.") == {"6%": "share_move"}


def test_a_sum_told_over_a_deals_life_revenue_earned_and_payments_processed_take_their_kinds():
    # kinds.tsv: "over its life" is a deal's worth, "in revenue" outweighs "earned", payments processed are volume
    assert one("The kit deal, signed in 2020, was reported to be worth about £150 million over its life."
               ).market_kind == "investment"
    assert one("The league earned $2.3 billion in revenue last season.").market_kind == "revenue"
    assert kind_by_text("The wallet processed about $620 billion of payments last year, up from $480 billion.") == {
        "$620 billion": "transaction_volume", "$480 billion": "transaction_volume"}


def test_a_price_per_million_tokens_set_against_a_rival_s_price_makes_no_row():
    # not_money.tsv: the rival's price after "against" is a product's price as the first one is
    assert find_money("Baichuan charges 0.8 yuan per million input tokens for its flagship model, against 2 yuan for "
                      "Qwen-Plus.") == []
    assert [m.text for m in find_money("Baidu shares rose 3% against 2% for the index.")] == ["3%", "2%"]


def test_a_sum_right_after_a_valuation_of_is_the_valuation_whatever_deal_an_apposition_names_after_it():
    found = find_money("Halcyon Robotics is seeking to raise $150 million at a valuation of about $1.2 billion, a deal "
                       "its investors expect to close by March.")
    assert [(m.text, m.market_kind) for m in found] == [("$150 million", "investment"), ("$1.2 billion", "valuation")]


def test_a_revenue_run_rate_that_more_than_doubled_is_revenue_up_and_no_interest_rate():
    found = find_money("Corvid Labs said in March its annualised revenue run-rate had more than tripled since January.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [("tripled", "revenue", "up")]
    found = find_money("The lender's revenue run rate rose 40% to $2 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("40%", "revenue"), ("$2 billion", "revenue")]
    assert find_money("The effective interest rate rose to 9.5%.") == []


def test_a_harvest_s_weight_in_pounds_and_its_worth_at_the_dock_are_no_company_money():
    assert find_money("Oregon's pink shrimp catch of 31 million pounds was worth about $22 million to the fleet, down "
                      "from $34 million the year before.") == []
    # pounds sterling with a magnitude stay money, and a company's worth stays its market value
    assert [m.text for m in find_money("The club was sold for 300 million pounds.")] == ["300 million pounds"]
    assert [m.market_kind for m in find_money("Pacific Seafood was worth about $2 billion, bankers said.")] \
        == ["market_cap"]


def test_a_headline_sum_the_story_drops_as_an_item_price_makes_no_row_either():
    text = ("Subway fare rises to $3.10 on Monday\n\n"
            "The price of a single subway ride will rise to $3.10 on Monday, the transit board said. "
            "Shares of Metro Ticketing rose 4% to $8.25.\n")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("4%", "share_move"), ("$8.25", "share_price")]
    kept = "Vela Motors shares jump to $3.10\n\nShares of Vela Motors rose 12% to $3.10 on Monday.\n"
    assert [m.market_kind for m in find_money(kept)][0] == "share_price"


def test_a_headline_sum_told_to_the_hundredth_of_its_magnitude_follows_the_public_cost_its_story_drops():
    text = ("Harbour bridge bill climbs to $2.37bn\n\n"
            "The cost of the state's new harbour bridge has climbed to $2.37 billion, the auditor said on Tuesday.\n")
    assert find_money(text) == []
    kept = ("Vela Motors profit rises to $1.5bn\n\nVela Motors said net profit rose to $1.5 billion in the quarter. "
            "Analysts said a rival's bid had valued it at $1.5 billion in 2019.\n")
    assert [m.text for m in find_money(kept)][0] == "$1.5bn"


def test_a_public_authority_that_lost_money_and_lost_more_in_its_next_clause_tells_of_public_money():
    assert find_money("The Metropolitan Transportation Authority lost $1.2 billion in 2024, and it lost $310 million "
                      "in the first quarter alone.") == []
    loss = one("The Walt Disney Company lost $1 billion on streaming last year.")
    assert (loss.market_kind, loss.amount) == ("profit", 1e9)


def test_the_gmv_of_merchants_using_a_tool_grew_12_percent_is_transaction_volume_no_count_of_merchants():
    found = find_money("JD.com said the GMV of merchants using its livestreaming tools grew 18% from a year earlier.")
    assert [(m.percent, m.market_kind) for m in found] == [(18.0, "transaction_volume")]
    assert find_money("The number of merchants using its livestreaming tools grew 18% from a year earlier.") == []


def test_sales_by_the_9_400_sellers_on_its_marketplace_rose_22_percent_is_money_no_count_of_sellers():
    found = find_money("Zalando said sales by the 9,400 sellers on its partner marketplace rose 22% in the year.")
    assert [(m.percent, m.direction) for m in found] == [(22.0, "up")]
    assert found[0].market_kind in ("transaction_volume", "revenue")
    assert find_money("The number of sellers on its partner marketplace rose 22% in the year.") == []


def test_a_companys_net_income_after_a_clause_that_tells_a_tariff_is_its_profit_move():
    found = find_money("Exporters were squeezed by the new tariffs in June, and Kelso's net income fell 6% in the "
                       "third quarter.")
    assert [(m.percent, m.market_kind) for m in found] == [(-6.0, "profit")]
    assert find_money("The government said the new tariff on steel imports rose to 25% in June.") == []


def test_the_ferry_line_brought_in_48_million_euros_7_percent_more_than_over_the_same_week_is_its_revenue_move():
    found = find_money("The ferry line brought in 48 million euros, 7% more than over the same week last year.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [
        ("48 million euros", "revenue", None), ("7%", "revenue", 7.0)]
    assert find_money("The ferry line carried 2.6 million passengers, 7% more than a year ago.") == []


def test_a_20_percent_discount_on_a_toll_road_is_a_price_cut_but_one_on_a_close_stays():
    assert find_money(
        "Toll operator Jasa Marga will offer a 20% discount on the Cipali toll road over the holiday.") == []
    assert find_money("The cinema chain gives members a 15% discount on tickets bought online.") == []
    assert [m.percent for m in find_money("The placement was priced at a 5% discount on Friday's close.")] == [5.0]


def test_what_a_government_department_paid_and_the_part_it_paid_one_company_are_public_money():
    assert find_money("The Department of Veterans Affairs has paid about $2.3 billion in disability claims since "
                      "March, including $410 million to veterans in Texas.") == []
    paid = one("The Walt Disney Company paid $1.2 billion for the streaming rights.")
    assert paid.amount == 1.2e9


def test_a_cost_paid_from_a_public_trust_fund_is_public_money():
    assert find_money("Rebuilding the lock gates will cost about $11 million, paid from the Highway Trust Fund, the "
                      "corps said.") == []
    cost = one("The new plant will cost about $11 million, paid from the company's cash reserves.")
    assert cost.amount == 11e6


def test_an_order_volume_that_was_up_by_a_percentage_is_a_count_not_money():
    assert find_money("The grocer said its order volume in the March quarter was up 31% from a year earlier.") == []
    sales = one("The grocer said its sales in the March quarter were up 31% from a year earlier.")
    assert (sales.market_kind, sales.percent) == ("revenue", 31.0)


def test_a_move_told_with_its_week_before_the_price_per_ton_it_went_to_is_the_good_s_price_not_a_stock_s():
    moves = find_money("The Shanghai-Los Angeles route gained 9% last week to $2,310 per box, Drewry said.")
    assert [(m.text, m.market_kind) for m in moves] == [("9%", "other"), ("$2,310", "other")]
    moves = find_money("Shares of Acme rose 3% on Friday to $14.20 a share.")
    assert [(m.text, m.market_kind) for m in moves] == [("3%", "share_move"), ("$14.20", "share_price")]


def test_what_a_central_bank_set_aside_is_public_money_while_a_bank_named_for_a_place_keeps_its_share_move():
    assert find_money("The Bank of Korea said on Friday it had set aside 5 trillion won to steady the bond "
                      "market.") == []
    assert kind_by_text("Bank of America shares rose 2.1% after its results.") == {"2.1%": "share_move"}


def test_the_split_of_a_venture_between_its_holders_is_ownership_and_makes_no_row_while_the_sum_invested_does():
    found = find_money("The two groups will put 2.4 billion dirhams into the data centre venture over four years, "
                       "with Sahel Investments holding 55% and Orbit Cloud 45%.")
    assert [(m.text, m.amount, m.market_kind) for m in found] == [("2.4 billion dirhams", 2.4e9, "investment")]


def test_the_sales_a_street_s_businesses_lost_as_a_group_make_no_row_while_one_retailer_s_loss_does():
    assert find_money("Shopkeepers near the flooded promenade lost about 800,000 pounds in trade over the storm "
                      "weekend, the town council estimated.") == []
    assert kind_by_text("Harbour Foods lost 2.1 million pounds in the quarter.") == {"2.1 million pounds": "profit"}


@pytest.mark.parametrize("sentence", [
    "The new headphones, which fold flat and weigh 250 grams, cost 2,499 yuan in stores.",
    "Shoppers who trade in an old phone get a 500-yuan rebate on the new model.",
    "Members also get the cloud storage plan, normally 68 yuan a month, free for a year.",
    "- Taiwan: May 6, at NT$4,990",
    "Its first folding phone, launched in March 2023 at 9,999 yuan, sold poorly outside China.",
    "Applicants now face a new $5,000 filing fee for each petition.",
    "Few families will pay $3,000 for a stroller, the retailer's founder said.",
    "The application fee, raised in January to $85, covers the background check.",
    "Tencent Cloud followed with reductions of up to 80% on six of its speech models.",
    "Moonshot cut its price to 1 yuan per million tokens, 90% below what rivals charged.",
    "The state raised the minimum price that dairies must pay herders to 42 rupees a litre, up from 38 rupees.",
    "The exchange shut in 2023, and its depositors lost an estimated $400 million in frozen accounts.",
])
def test_a_product_price_a_fee_a_set_price_and_customers_losses_make_no_row(sentence):
    assert find_money(sentence) == []


def test_a_launch_price_a_fee_and_a_price_cut_still_leave_share_and_deal_figures():
    assert kind_by_text("The shares, launched in Hong Kong at HK$80 a share, rose 12% to HK$89.60 on Friday.") == {
        "HK$80": "share_price", "12%": "share_move", "HK$89.60": "share_price"}
    assert kind_by_text("Investors lost $40 billion in market value as Nvidia shares fell 17%.")["17%"] == "share_move"


def test_a_token_that_collapsed_fell_and_a_commodity_price_per_quintal_is_no_share_price():
    moves = {m.text: m.direction for m in find_money(
        "The token collapsed 85% in a week after the exchange froze withdrawals.")}
    assert moves == {"85%": "down"}
    assert kind_by_text("Mills rallied in Pune, and wholesale onions were steady at about 2,400 rupees per quintal "
                        "on Friday.") == {"2,400 rupees": "other"}


def test_a_sum_of_buying_from_index_trackers_and_money_an_owner_puts_up_are_invested():
    assert one("The rebalancing is expected to bring roughly $650 million of buying from index trackers next "
               "week.").market_kind == "investment"
    assert one("The 2019 inclusion drew an estimated $2 billion into the shares.").market_kind == "investment"
    assert one("Passive funds expected buying $430 million of Xiaomi stock this week").market_kind == "investment"
    assert one("She quit her job before buying her first bakery in 1988 with a $9,000 loan from her aunt."
               ).market_kind == "other"
    assert one("Retail buying power rose to $5 billion.").market_kind == "other"
    assert one("The club's new owners will put up at least $310 million toward the arena.").market_kind == "investment"


def test_a_percentage_right_after_a_stock_a_verb_of_change_moves_is_the_stock_s_move():
    found = one("A buyback that lifted the carmaker's Frankfurt-listed shares 12% over the month drew praise from "
                "analysts.")
    assert (found.text, found.market_kind, found.direction) == ("12%", "share_move", "up")


def test_bonds_a_county_issues_are_its_borrowing_and_no_row_while_a_company_s_bond_issue_stays():
    assert find_money(
        "The county will issue about $210 million in general obligation bonds to rebuild two schools.") == []
    assert one("Alibaba will issue $5 billion of convertible bonds, the company said.").market_kind == "investment"


def test_a_rise_in_a_count_of_happenings_is_a_statistic_while_a_rise_of_shares_stays_a_move():
    assert find_money(
        "A 2019 study in a medical journal found a 4% increase in hospital admissions for heart attacks in "
        "the days after the change.") == []
    found = one("Alibaba shares posted a 4% rise in early trade.")
    assert (found.market_kind, found.direction) == ("share_move", "up")


@pytest.mark.parametrize("sentence", [
    "Meridian granted its new chief operating officer performance share units and stock options valued at roughly "
    "$18 million in fiscal 2025, the proxy filing shows.",
    "- Ana Ruiz, general counsel: restricted stock units that vest on March 1, worth about $2.5 million at grant.",
    "Her base pay was $950,000, while the six other executives named in the filing were paid a combined $14.2 million.",
])
def test_share_units_options_granted_and_what_executives_were_paid_are_pay_and_make_no_row(sentence):
    assert find_money(sentence) == []


def test_a_percentage_an_employer_put_in_its_final_offer_is_a_term_of_the_offer_and_makes_no_row():
    assert find_money("The district had proposed 3% in its final offer before the teachers walked out.") == []
    assert kind_by_text("Northgate Mining shares rose 6% in their first session after the offer.") == {
        "6%": "share_move"}


@pytest.mark.parametrize("sentence", [
    "The Centre on Monday released Rs 1,800 crore to drought-hit districts in Maharashtra, officials said.",
    "The state cabinet approved an additional Rs 450 crore for rebuilding roads damaged in the landslides.",
])
def test_what_the_centre_or_a_state_cabinet_releases_or_approves_is_public_money_and_makes_no_row(sentence):
    assert find_money(sentence) == []


def test_a_place_that_grew_by_a_percentage_tells_of_its_people_and_has_no_stock():
    assert find_money("Utah added about 61,000 residents, while the District of Columbia grew 1.4%, the census "
                      "bureau said.") == []
    assert kind_by_text("Texas Roadhouse grew 3% on Monday after its sales beat forecasts.") == {"3%": "share_move"}


def test_the_prior_year_share_in_brackets_after_a_share_of_revenue_makes_no_row():
    assert find_money("Export customers accounted for approximately 36% of the Group's revenue during the period "
                      "(2024: approximately 29%).") == []
    assert kind_by_text("Revenue rose 12% to HK$5 billion (2024: HK$4.5 billion).") == {
        "12%": "revenue", "HK$5 billion": "revenue", "HK$4.5 billion": "revenue"}


def test_a_charge_a_rule_adds_to_each_application_makes_no_row():
    assert find_money("The rule, signed in May, added a $2,500 charge to applications for seasonal farm "
                      "workers.") == []
    assert kind_by_text("The buyer added a $2 billion payment to its offer for the miner.") == {
        "$2 billion": "investment"}


@pytest.mark.parametrize("sentence", [
    "The IMF board approved the second review of Sri Lanka's $2.9 billion bailout, clearing a payout of about "
    "$337 million.",
    "The fund's board approved the fourth review and a disbursement of $254 million on Monday.",
    "Ethiopia defaulted on its external debt in December 2023, and talks over $1 billion of its bonds stalled.",
    "Organisers say the fireworks festival will bring about 90 billion won in economic effects to the port city.",
    "The Bank of Korea said growth would pick up to 2.1% next year.",
    "The basic state pension rose 8.5% to £204 a week in April, and will rise 4.1% to £221.20 next year.",
    "Drivers on the app get an extra 2 yuan a delivery during the lunch rush.",
    "Over the fortnight she earned 9,200 yuan, about 1,500 yuan more than a year earlier.",
])
def test_a_lenders_programme_a_sovereign_default_economic_effects_growth_pensions_and_a_riders_pay_make_no_row(
        sentence):
    assert find_money(sentence) == []


def test_a_percentage_after_of_which_is_a_part_of_the_sum_before_unless_it_moves():
    found = kind_by_text("The league earned about $3.1 billion from broadcasters, of which its European deals brought "
                         "in nearly 40%.")
    assert "40%" not in found
    assert "30%" in kind_by_text("Sales rose to $2 billion, of which online sales rose 30%.")


def test_a_sum_the_european_union_or_a_government_pledges_is_public_money_and_makes_no_row():
    assert find_money("The EU pledged 250 million euros on Tuesday to rebuild ports in the region.") == []
    assert find_money("Norway's government pledged about 1 billion crowns to a fund for coastal clean-ups.") == []
    # a company's pledge is its own investment, and a fine the EU imposes is no money it lays out
    assert [m.text for m in find_money("Tencent pledged 50 billion yuan to build data centres.")] == ["50 billion yuan"]
    assert [m.text for m in find_money("The EU fined the carmaker 1.1 billion euros in May.")] == ["1.1 billion euros"]


def test_a_reader_s_or_writer_s_own_gain_or_loss_on_a_holding_is_no_company_s_profit_and_makes_no_row():
    assert find_money("Your older lot has a loss of about 3,200 euros, so wait before selling it.") == []
    assert find_money("My Tesla stake showed a gain of nearly $7,500 by the end of the year.") == []
    # a company's gain on a sale is its own
    assert [m.text for m in find_money("The insurer has a gain of about $40 million from the sale of its stake.")] \
        == ["$40 million"]


def test_a_loan_a_development_bank_approves_is_public_money_but_a_lender_s_loan_is_not():
    assert find_money("The Asian Development Bank approved a $250 million loan on Tuesday to rebuild roads in "
                      "Pakistan.") == []
    assert [m.amount for m in find_money("Bank of America approved a $500 million loan to the developer.")] == [5e8]


def test_consumer_prices_that_were_a_percentage_lower_are_a_statistic_but_oil_prices_stay_a_market_move():
    assert find_money("Apparel prices were 2.1% lower than a year earlier, and shelter costs were 3.3% "
                      "higher.") == []
    assert [m.percent for m in find_money("Oil prices were 2% lower on Monday.")] == [-2.0]


def test_products_offered_at_a_discount_are_a_price_cut_but_shares_at_a_discount_to_their_close_stay():
    assert find_money("The airline said unsold seats would be offered at a discount of up to 70% next week.") == []
    kinds = kind_by_text("The new shares were offered at a discount of 6% to Tuesday's closing price.")
    assert "6%" in kinds


def test_a_company_behind_a_dateline_still_makes_its_row():
    text = ("Chipmaker results\n\nSEOUL, March 3 (Reuters) - Hanil Semiconductor said its quarterly revenue rose 14%"
            " to 3.2 trillion won.\n")
    assert [text[m.start:m.end] for m in find_money(text)] == ["14%", "3.2 trillion won"]


def test_a_sum_a_chief_executive_says_we_put_into_a_plant_stays_a_row():
    text = '"We have put $68 million into the new plant," said chief executive Mara Lind of Ostvik Steel.'
    assert [text[m.start:m.end] for m in find_money(text)] == ["$68 million"]


def test_a_sum_the_chief_of_a_state_owned_company_says_we_will_spend_stays_the_company_s_row():
    text = '"We will spend $40 million on the new smelter," said the state-owned miner\'s chief executive.'
    assert [(text[m.start:m.end], m.amount) for m in find_money(text)] == [("$40 million", 4e7)]


@pytest.mark.parametrize("sentence", [
    "The state is borrowing about $900 million to cover the gap until tax receipts arrive in April.",
    "The provincial government will pay about 2 billion rand to farmers hit by the drought.",
    "The Postal Service could lose about $6 billion this year if volumes keep falling, its auditors said.",
])
def test_a_public_body_that_is_borrowing_will_pay_or_could_lose_a_sum_tells_of_public_money(sentence):
    assert find_money(sentence) == []


def test_a_state_owned_company_that_raises_its_limit_raises_its_own_not_a_public_body_s():
    text = "The state-owned copper miner's board raised the limit by $600 million, letting it expand its smelter."
    assert [(text[m.start:m.end], m.amount) for m in find_money(text)] == [("$600 million", 6e8)]


def test_a_company_s_borrowing_limit_and_a_board_s_rise_in_a_limit_are_the_company_s_figures():
    credit = "Tenmark Foods raised its $750 million borrowing limit under its revolving credit facility, it said."
    assert [credit[m.start:m.end] for m in find_money(credit)] == ["$750 million"]
    board = "Tenmark's board raised the limit by $1.5 billion, letting it buy back more of its shares this year."
    assert [board[m.start:m.end] for m in find_money(board)] == ["$1.5 billion"]
    assert find_money("Lawmakers voted on Thursday to raise the ceiling by $1.2 trillion.") == []
    assert find_money("Democratic leaders agreed to lift the ceiling by $900 billion in the stopgap bill.") == []


def test_a_fund_manager_s_retirement_savings_are_its_assets_while_a_couple_s_are_their_own_money():
    fund = "Norvale Asset Management oversees $640 billion in retirement savings for its clients, the firm said."
    assert [fund[m.start:m.end] for m in find_money(fund)] == ["$640 billion"]
    assert find_money("The couple said they had moved their entire $480,000 retirement savings into the fund.") == []


def test_a_bank_named_after_a_us_state_is_a_lender_not_a_central_bank():
    text = "Bank of Hawaii paid about $12 million to settle claims over its overdraft fees, the lender said."
    assert [text[m.start:m.end] for m in find_money(text)] == ["$12 million"]


def test_a_debt_ceiling_a_rise_in_it_and_what_a_bill_adds_to_deficits_are_public_finance():
    assert find_money("The government hit its $31.4 trillion debt ceiling in January.") == []
    assert find_money("Party leaders want to raise the limit by $5 trillion before the summer.") == []
    assert find_money("The analysts estimate the spending plan would add $1.9 trillion to the federal deficit over "
                      "ten years.") == []
    assert [m.text for m in find_money("Shares of the lender fell 4% after it raised its credit-card limit for "
                                       "prime customers.")] == ["4%"]


def test_an_index_code_after_its_name_leaves_the_move_the_index_s_and_a_wire_code_after_a_company_leaves_it_its_own():
    kinds = kind_by_text("** Nikkei share average .N225 down 0.8%; peers Sony 6758.T down 1.4%, Nintendo 7974.T up "
                         "0.6%")
    assert kinds == {"0.8%": "other", "1.4%": "share_move", "0.6%": "share_move"}


def test_a_capital_p_before_a_figure_is_the_philippine_peso():
    text = ("Ayala Land shares climbed 2.3% to P31.20 on Thursday after it priced a P10-billion bond, "
            "and its net income reached P13.8 billion in 2025.")
    found = [(m.text, m.amount, m.currency) for m in find_money(text) if m.currency]
    assert found == [("P31.20", 31.2, "PHP"), ("P10-billion", 1e10, "PHP"), ("P13.8 billion", 1.38e10, "PHP")]


def test_the_p_of_s_and_p_500_is_no_peso():
    found = find_money("The S&P 500 rose 1.2% to close at a record, while the P/E of the index hit 23.")
    assert [(m.text, m.currency) for m in found] == [("1.2%", "")]


def test_a_company_s_share_of_the_results_of_its_equity_method_investees_is_its_profit():
    found = kind_by_text("Baidu said its share of results of equity method investees swung to a gain of 640 million "
                         "yuan in the third quarter from 210 million yuan a year earlier.")
    assert found == {"640 million yuan": "profit", "210 million yuan": "profit"}


def test_a_sum_and_a_percentage_joined_by_to_are_two_figures_not_a_range():
    text = "The platform said it would cut its commission on books priced under $20 to 8% from 15% in January."
    found = [(text[f.start:f.end], f.amount, f.currency, f.percent)
             for f in find_figures(lexicon(), text, text.lower())]
    assert found == [("$20", 20.0, "USD", None), ("8%", None, "", 8.0), ("15%", None, "", 15.0)]


def test_prize_money_in_millions_is_a_clubs_revenue():
    found = find_money("Reaching the final is worth at least £15 million in prize money to Leeds.")
    assert [(m.text, m.amount, m.currency) for m in found] == [("£15 million", 15e6, "GBP")]


def test_the_highest_and_lowest_estimates_after_a_forecast_of_spending_are_that_spending():
    found = find_money("The median forecast of nine analysts puts JD.com's capital expenditure at 21 billion yuan for "
                       "2026, up from 17.5 billion yuan in 2025. The highest estimate was 26 billion yuan and the "
                       "lowest 15 billion yuan.")
    assert [(m.text, m.amount, m.market_kind) for m in found] == [
        ("21 billion yuan", 21e9, "investment"), ("17.5 billion yuan", 17.5e9, "investment"),
        ("26 billion yuan", 26e9, "investment"), ("15 billion yuan", 15e9, "investment")]


def test_a_share_of_it_that_came_to_a_sum_far_from_its_profit_is_that_profit():
    found = find_money("Tencent's profit attributable to equity holders climbed last year, Prosus's annual report "
                       "shows, and Prosus's share of it came to $4.6 billion in the year ended March 31.")
    assert [(m.text, m.amount, m.market_kind) for m in found] == [("$4.6 billion", 4.6e9, "profit")]


def test_money_that_left_a_category_of_funds_is_an_outflow_invested():
    found = find_money("Emerging-market bond funds have now recouped the $9.3 billion that left the category in the "
                       "spring, EPFR data show.")
    assert [(m.text, m.amount, m.market_kind) for m in found] == [("$9.3 billion", 9.3e9, "investment")]


def test_a_company_told_by_an_epithet_with_a_comma_moves_its_stock():
    found = find_money("Sezzle Inc — The buy now, pay later lender climbed 7% after it raised its full-year "
                       "forecast.")
    assert [(m.text, m.percent, m.market_kind) for m in found] == [("7%", 7.0, "share_move")]
    found = find_money("Shares of the buy now, pay later provider fell 3% in early trading.")
    assert [(m.text, m.percent, m.market_kind) for m in found] == [("3%", -3.0, "share_move")]


def test_a_public_body_after_a_short_opening_phrase_still_spends_public_money():
    assert find_money("Two days later, the IMF said it had agreed with Ghana to raise its loan programme to "
                      "$4.2 billion from $3 billion.") == []
    assert find_money("On Friday, the Bank of Korea said it had injected 5 trillion won into money markets.") == []
    found = find_money("Two days later, Naver said it had agreed to buy the webtoon studio for $210 million.")
    assert [(m.text, m.amount, m.market_kind) for m in found] == [("$210 million", 210e6, "investment")]


def test_a_taka_sum_in_crore_with_its_dollar_equivalent_in_brackets_is_one_mention_in_taka():
    found = one("The mobile operator's revenue rose to Tk 2,310 crore ($189 million) in the year to June, its annual "
                "report showed.")
    assert found.currency == "BDT"
    assert close(found.amount, 2.31e10)
    assert close(found.amount_usd, 1.89e8)


def test_a_yuan_sum_with_its_rough_dollar_equivalent_after_a_comma_is_one_mention_in_yuan():
    found = one("Tencent said it would spend 70 billion yuan, roughly $9.7 billion, on new data centres over three "
                "years.")
    assert found.currency == "CNY"
    assert close(found.amount, 7e10)
    assert close(found.amount_usd, 9.7e9)


def test_a_vat_rate_raised_from_one_percentage_to_another_is_a_tax_rate_and_no_money():
    assert find_money("The finance ministry's draft proposes raising the VAT on ride-hailing fares to 12 percent from "
                      "7.5 percent.") == []
    assert kind_by_text("Shares of VAT Group rose 3% after its results.") == {"3%": "share_move"}


def test_what_glaciers_or_an_ice_sheet_lost_is_no_market_figure():
    assert find_money("Austria's glaciers lost 3% of their volume in 2023 and 1.9% in 2024, after shrinking by a "
                      "record 5% in 2022, the alpine club said.") == []
    assert kind_by_text("Shares of Glacier Bancorp fell 4% on Tuesday.") == {"4%": "share_move"}


def test_a_capital_r_before_a_price_in_a_story_datelined_in_cape_town_is_the_rand():
    text = ("Fynbos Foods rallies\n\nCAPE TOWN - Shares of Fynbos Foods rose 3.2% to R52.40 on Wednesday after the "
            "grocer agreed to buy a rival bakery chain for R2.1 billion.\n")
    assert [(m.text, m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [
        ("R52.40", "ZAR", 52.4), ("R2.1 billion", "ZAR", 2.1e9)]


def test_a_capital_r_before_a_number_outside_south_africa_names_a_model_not_a_sum():
    text = ("Chip stocks slide\n\nSINGAPORE - Chip stocks fell on Monday after DeepSeek said its R2 model would run "
            "on domestic processors, and Nvidia dropped 4.1%.\n")
    assert [m.text for m in find_money(text)] == ["4.1%"]


def test_cents_beside_rand_sums_in_a_durban_story_are_south_african_and_its_bare_dollar_stays_the_us_one():
    text = ("Port operator lifts earnings\n\nDURBAN - Harbour Logistics said revenue rose 5% to R12.6 billion in the "
            "year to June and headline earnings per share rose 9% to 342 cents. The group also repaid a $200 million "
            "loan from a US bank.\n")
    found = {m.text: m.currency for m in find_money(text) if m.amount is not None}
    assert found["R12.6 billion"] == "ZAR" and found["342 cents"] == "ZAR" and found["$200 million"] == "USD"


def test_a_company_that_pledged_on_a_day_to_invest_a_sum_still_makes_a_row():
    text = "Harwick Foods, the snack maker, pledged on Tuesday to invest $400 million in a new plant in Ohio."
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("$400 million", "investment")]


def test_a_countrys_pledge_of_a_sum_and_the_second_sum_joined_to_it_are_public_money():
    assert find_money("Tariffs on Japanese steel were halved in return for Tokyo's pledge of $120 billion in "
                      "shipbuilding investment and $40 billion of LNG purchases.") == []
    found = find_money("Investors cheered Samsung's pledge of $20 billion in new chip plants.")
    assert [(m.text, m.amount) for m in found] == [("$20 billion", 20e9)]


def test_a_price_per_kilogram_of_a_product_or_a_farmgate_milk_price_is_no_market_figure():
    assert find_money("The dairy group expects to pay its suppliers between NZ$8.70 and NZ$9.60 per kilogram "
                      "of milk solids next season.") == []
    assert find_money("Tirlán held its farmgate milk price for May at 45 cents a litre.") == []
    mention = one("Rocket Lab now charges about $9,000 a kilogram for a rideshare slot.")
    assert (mention.text, mention.amount) == ("$9,000", 9000.0)


def test_a_stocks_move_after_an_index_weight_set_off_by_commas_is_a_share_move():
    mention = one("Toyota Motor, the Nikkei's fourth-heaviest weight, gained 1.8% after the yen weakened.")
    assert (mention.market_kind, mention.percent, mention.direction) == ("share_move", 1.8, "up")


def test_a_move_after_a_name_set_off_by_commas_that_names_the_noun_before_it_is_that_stock_s():
    kinds = kind_by_text("Zinc rose 0.8% in London, while the group's closest rival, Ferro Andino, gained 2.4%.")
    assert kinds == {"0.8%": "other", "2.4%": "share_move"}
    # a market's benchmark or a token so named stays the market's move
    assert kinds_of("The region's benchmark, the Stoxx 600, slipped 0.4%.") == [("0.4%", "other")]
    assert kinds_of("The platform's own coin, ZRO, sank 21% overnight.") == [("21%", "other")]


def test_an_earlier_sale_told_with_no_name_in_a_story_of_a_public_body_s_bond_is_its_debt_but_a_company_s_stays():
    text = ("The state of Oaxaca sold 4 billion pesos of notes on Monday, its bankers said. The book topped 9 billion "
            "pesos. Its last deal, in 2023, raised 2.5 billion pesos.")
    assert find_money(text) == []
    text = ("Grupo Lerma priced a $300 million bond due 2031 on Monday. Its last deal, in 2023, raised $250 million.")
    assert [m.text for m in find_money(text)] == ["$300 million", "$250 million"]


def test_a_sum_told_spent_with_no_one_named_in_a_story_of_a_public_body_s_spending_is_its_money():
    text = ("Switzerland spent about 40 billion francs holding down its currency last year, the central bank said. "
            "Dealers estimate that 6 billion francs was spent in the first week of March and about 4 billion francs in "
            "the second.")
    assert find_money(text) == []
    # a company's spending stays its own, and so does a sum spent by someone named
    text = ("Halden Mining spent $40 million on the mine last year. About $12 million was spent on new trucks.")
    assert [m.text for m in find_money(text)] == ["$40 million", "$12 million"]
    text = ("Switzerland spent about 40 billion francs holding down its currency last year, the central bank said. "
            "About 3 billion francs was spent by Halden Re on hedges.")
    assert [m.text for m in find_money(text)] == ["3 billion francs"]


def test_a_rate_right_after_a_sum_raised_and_at_is_what_the_debt_pays():
    assert [m.text for m in find_money("Its last deal, in May 2024, raised 250 million euros at 7.25%.")] == [
        "250 million euros"]


def test_a_discount_a_bidder_offered_with_nothing_after_it_is_a_price_cut_but_one_to_a_close_stays():
    assert find_money("The second bidder, a Chilean builder, offered an 18% discount.") == []
    assert [m.percent for m in find_money("The fund offered a 6% discount to Friday's close.")] == [6.0]


def test_what_a_pronoun_sells_right_after_a_seller_s_platform_sales_goes_on_telling_them_but_a_stake_sale_stays():
    text = ("Sellers on Trendyol sold goods worth 3 billion lira in the half, the company said. They expect to sell "
            "7 billion lira in 2026.")
    assert kinds_of(text) == [("3 billion lira", "transaction_volume"), ("7 billion lira", "transaction_volume")]
    assert kind_by_text("The fund sold $2 billion of shares in May. It expects to sell $3 billion in 2026.")[
        "$3 billion"] == "investment"


def test_prices_at_a_dairy_auction_move_a_whole_market_not_a_stock():
    mention = one("Dairy farmers were cheered after prices at the latest Global Dairy Trade auction climbed 2.7%.")
    assert (mention.market_kind, mention.percent) == ("other", 2.7)


def test_a_stake_worth_a_sum_at_the_close_stays_the_holdings_valuation():
    mention = one("SoftBank still holds 11% of the chip designer, a stake worth about $9.8 billion at "
                  "Tuesday's close.")
    assert (mention.market_kind, mention.amount) == ("valuation", 9.8e9)


def test_a_contract_a_player_signed_is_his_pay_while_a_companys_contract_stays_a_row():
    assert find_money("The striker has scored 19 goals this season, his best since signing a three-year, "
                      "$45 million contract in 2023.") == []
    assert find_money("She joined the club in May after she signed a two-year, $6 million extension.") == []
    mention = one("Kestrel Construction signed a $1.2 billion contract for the new arena on Tuesday.")
    assert (mention.text, mention.amount) == ("$1.2 billion", 1.2e9)


def test_an_equal_pay_deal_or_settlement_is_pay_and_a_ballpark_deal_stays_a_row():
    assert find_money("Northfield council agrees £96m equal pay settlement with union") == []
    assert kind_by_text("City council backs $850 million arena deal") == {"$850 million": "investment"}


def test_a_deposit_for_a_place_is_what_one_person_pays_but_a_banks_deposits_stay():
    assert find_money("Deposits at the private kindergartens are due on March 3 and run to about $400.") == []
    mention = one("Deposits at Halvard Bank came to $61 billion at the end of June.")
    assert (mention.text, mention.amount) == ("$61 billion", 61e9)


def test_a_prize_a_purse_and_what_the_winner_takes_are_prize_money():
    assert find_money("The three physicists will share the prize of 11 million Swedish kronor ($1.2 million).") == []
    assert find_money("The winner will take $3.1 million from a purse of $20 million.") == []
    mention = one("The tournament has a prize fund of 600,000 euros, the largest in its history.")
    assert (mention.text, mention.amount) == ("600,000 euros", 600000.0)


def test_a_capital_n_with_a_magnitude_is_the_naira_in_a_story_that_names_nigeria_but_no_mask():
    text = ("Abuja clinic chain raises funds\n\nA Nigerian chain of clinics raised N3.5 billion (about $2.3 million) "
            "from local pension funds, and spent N400 million on N95 masks and gloves, its founder said.\n")
    assert [(m.text, m.currency, m.amount, m.amount_usd) for m in find_money(text)] == [
        ("N3.5 billion (about $2.3 million)", "NGN", 3.5e9, 2.3e6), ("N400 million", "NGN", 4e8, None)]
    masks = "A Nigerian clinic in N.Y. bought N95 masks and gloves worth $2 million in March."
    assert [(m.text, m.currency) for m in find_money(masks)] == [("$2 million", "USD")]


def test_a_place_named_before_a_hyphen_names_the_currency_of_a_sum_written_only_there():
    assert [(m.text, m.currency) for m in find_money("The Jordan-listed miner said net profit rose to JD98 million in "
                                                     "2024.")] == [("JD98 million", "JOD")]


def test_jd_glued_to_a_sum_with_its_magnitude_is_the_jordanian_dinar_in_a_story_that_names_jordan_not_jd_com():
    text = "Amman cement maker beats forecast\n\nThe Jordanian cement maker said net profit rose to JD41 million.\n"
    assert [(m.text, m.currency, m.amount) for m in find_money(text)] == [("JD41 million", "JOD", 41e6)]
    assert [m.currency for m in find_money("JD.com said revenue rose to 300 billion yuan in the quarter.")
            if m.amount] == ["CNY"]


def test_what_a_government_lent_a_company_is_public_money_but_a_bank_s_loan_to_it_stays_a_row():
    assert find_money("The federal government lent the railway about C$2.1 billion last spring to keep its trains "
                      "running.") == []
    kept = find_money("Its lenders lent it $450 million last spring, the railway said.")
    assert [(m.text, m.amount) for m in kept] == [("$450 million", 4.5e8)]


def test_growth_a_country_or_a_group_of_economies_is_forecast_to_see_is_no_company_s():
    assert find_money("Kenya, which finished its IMF programme in May, is expected to grow 5.1% this year.") == []
    assert find_money("Emerging economies as a group are projected to grow 3.8% next year, the fund said.") == []
    assert kind_by_text("Keller Foods' snack unit is expected to grow 9% this year, the company said.") == {
        "9%": "other"}


def test_a_server_s_rent_by_the_month_told_in_yuan_is_a_price_as_one_told_with_a_sign_is():
    assert find_money("Rents for a rack of eight GPU servers averaged 38,000 yuan a month in Ningxia in the third "
                      "quarter, against 31,000 yuan a year earlier.") == []
    assert find_money("Rents for a rack of eight GPU servers averaged ¥38,000 a month in Ningxia.") == []
    burn = find_money("The chipmaker burned through 50 million yuan a month in the third quarter.")
    assert [(m.text, m.amount) for m in burn] == [("50 million yuan", 5e7)]


def test_a_policy_rate_cut_in_basis_points_is_a_move_of_hundredths_of_a_point_but_a_spread_s_widening_is_none():
    cut = find_money("The Bank of Thailand lowered its one-day repurchase rate by 25 basis points on Wednesday, "
                     "its second cut this year.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in cut] == [
        ("25 basis points", -0.25, "down", "other")]
    assert find_money("Spreads on the company's dollar bonds widened by about 35 basis points "
                      "over the past month.") == [
        ]
    assert find_money("The seven-year notes priced at 110 basis points over Treasuries, dealers said.") == []
    total = find_money("Since March the central bank has lowered its deposit rate by a cumulative 150 basis points.")
    assert [(m.percent, m.direction) for m in total] == [(-1.5, "down")]


def test_a_price_a_foot_after_the_square_foot_was_said_is_no_deal():
    text = ("The hotel sold at about S$2,900 per square foot, well below the S$4,100 a foot paid for a tower nearby "
            "in 2021, but the S$310 million deal was the year's largest.")
    assert [m.text for m in find_money(text)] == ["S$310 million"]


def test_a_bare_dollar_in_a_story_datelined_in_ottawa_is_the_canadian_dollar_but_not_in_vancouver_washington():
    text = ("Rail operator posts loss\n\nOTTAWA — Via Rail lost $212 million before taxes last year and asked the "
            "federal government for $500 million more, the Crown corporation said on Thursday.\n")
    assert [(m.currency, m.amount) for m in find_money(text)] == [("CAD", 212e6), ("CAD", 500e6)]
    us = ("Port expands\n\nVANCOUVER, Wash. — The port will spend $40 million on a new terminal, its commissioners "
          "said on Monday.\n")
    assert [m.currency for m in find_money(us)] == ["USD"]


def test_bare_cents_in_a_story_datelined_in_mbabane_are_the_lilangeni_s_and_us_cents_stay_american():
    text = ("Miller lifts payout\n\nMBABANE, May 4 - Ubombo Mills raised its profit 8% to 210 million emalangeni and "
            "declared a final dividend of 62 cents a share. Raw sugar futures rose to 17.1 US cents a pound.\n")
    assert {m.text: m.currency for m in find_money(text) if "cents" in m.text} == {"62 cents": "SZL",
                                                                                  "17.1 US cents": "USD"}


def test_growth_forecast_beside_a_deficit_is_an_economy_s_not_a_company_s():
    text = "Analysts expect the treasurer to forecast a deficit of about A$28 billion and growth of 2.1% next year."
    assert "2.1%" not in kind_by_text(text)


def test_a_research_firms_size_of_a_market_and_the_size_it_expects_are_no_rows():
    assert find_money("Consultancy Lumen puts the Asian market for drone deliveries at $3.1 billion and expects it "
                      "to grow to $7 billion by 2030.") == []
    assert kind_by_text("Analysts put Keller's value at $3 billion last week.") == {"$3 billion": "valuation"}


def test_an_electricity_tariff_per_kilowatt_hour_is_no_row_while_a_wholesale_price_per_megawatt_hour_is():
    assert find_money("The regulator said households would pay 31.5 cents per kilowatt-hour from October, "
                      "up from 29 cents.") == []
    assert find_money("Factories in the province pay about 0.58 yuan per kWh for grid power.") == []
    # (a deal in a clause before a semicolon does not make the retail tariff after it a wholesale price)
    assert find_money("The utility signed a supply deal with a wind farm; separately, its retail tariff rose to 27 "
                      "cents per kilowatt-hour.") == []
    assert kind_by_text("Spot power in Texas jumped to $2,400 per megawatt-hour on Tuesday.") == {"$2,400": "other"}


def test_a_spot_or_exchange_price_of_power_per_kilowatt_hour_is_a_market_price_while_a_users_rate_is_no_row():
    # not_money.tsv: a market word before a price per kWh leaves it a market's price, kind other
    assert kind_by_text("Wholesale power on the Nordic exchange climbed to 1.9 kroner per kWh during the cold "
                        "snap.") == {"1.9 kroner": "other"}
    assert find_money("The province's industrial users will pay 0.62 yuan per kilowatt-hour from July, the regulator "
                      "said.") == []
    assert find_money("At today's exchange rate, German households pay about 0.40 euros per kWh, the consumer group "
                      "said.") == []


def test_a_market_word_near_a_price_per_kwh_in_a_long_sentence_counts_but_one_beyond_the_window_read_does_not():
    # not_money.tsv {read_from}: past the sentence's start the window read before the figure anchors the row
    assert kind_by_text("After a week of storms that shut two coal plants and a nuclear unit across the north of the "
                        "island, wholesale power rose to 18.4 yen per kilowatt-hour on Tuesday.") == {
        "18.4 yen": "other"}
    assert find_money("Wholesale prices were steady all week, the ministry said, and after a week of storms that "
                      "shut two coal plants across the north, the household tariff rose to 31.8 yen per "
                      "kilowatt-hour on Tuesday.") == []


def test_a_measure_that_jumped_a_multiple_in_digits_moved_by_it():
    found = find_money("Quarterly operating profit at the drone maker surged 3.4 times to 86 million yuan.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in found] == [
        ("surged 3.4 times", 240.0, "up", "profit"), ("86 million yuan", None, "", "profit")]
    assert [m.text for m in find_money("Revenue grew 1.8-fold to 5 billion yuan in the first half.")] == [
        "grew 1.8-fold", "5 billion yuan"]
    assert find_money("The central bank raised rates 3 times this year.") == []


def test_a_measure_that_grew_a_multiple_written_as_a_fold_word_moved_by_it():
    found = find_money("Since the merger, the insurer's revenue in Poland has grown roughly sixfold, its chief "
                       "executive said.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in found] == [
        ("grown roughly sixfold", 500.0, "up", "revenue")]
    found = find_money("Net profit at the shipping line jumped three-fold to 920 million euros.")
    assert (found[0].text, found[0].percent) == ("jumped three-fold", 200.0)
    assert find_money("The board voted to fold the fund into its parent.") == []


def test_a_move_of_tokens_processed_or_of_energy_used_is_a_count_and_makes_no_row():
    assert find_money("Tokens processed by the startup's models have grown more than fivefold since March.") == []
    assert find_money("The energy consumption of the operator's data centres rose 12% last year, its report "
                      "said.") == []
    assert [m.text for m in find_money("The power producer's revenue rose 5% in the quarter.")] == ["5%"]


def test_a_sum_an_executive_signed_a_contract_for_stays_a_row_while_a_player_s_multi_year_deal_is_pay():
    assert "$2 billion" in kind_by_text("Chief executive Mara Lind said she signed a $2 billion contract with the "
                                        "defence ministry.")
    assert kind_by_text("The shortstop has hit 40 home runs since he signed a seven-year, $210 million contract.") == {}


def test_a_bank_s_deposits_that_ran_to_billions_stay_a_row_while_a_deposit_one_family_pays_does_not():
    assert "$61 billion" in kind_by_text("Deposits at Halvard Bank ran to $61 billion at the end of June.")
    assert kind_by_text("Deposits for the autumn term are due in August and run to about $450 a pupil.") == {}


def test_a_tournament_s_purse_stays_a_row_while_the_purse_a_winner_takes_from_does_not():
    assert "$20 million" in kind_by_text("The tournament has a purse of $20 million.")
    assert "600,000 euros" in kind_by_text("The organisers put up a prize fund of 600,000 euros for the regatta.")
    assert kind_by_text("The winner will take $3.6 million from a purse of $20 million.") == {}


def test_a_start_up_s_shortfall_told_by_years_keeps_its_second_sum_while_a_public_funding_gap_does_not():
    assert "$60 million" in kind_by_text("The start-up faces a shortfall of $40 million in 2026 and $60 million in "
                                         "2027.")
    assert kind_by_text("Hospitals face a funding gap of $1.2 billion in 2026 and $1.9 billion in 2027, the "
                        "association said.") == {}


def test_what_a_company_releases_from_its_emergency_fund_stays_a_row_while_a_city_s_is_public_money():
    assert "$2 million" in kind_by_text("The company released $2 million from its emergency fund.")
    assert kind_by_text("The city council released $4.5 million from its emergency reserve to repair the levee.") == {}


def test_a_percentage_that_household_deposits_contracted_by_is_a_fall():
    found = [m for m in find_money("Household deposits contracted 3.4% in the second quarter, the central bank said.")
             if m.percent is not None]
    assert [(m.text, m.percent, m.direction) for m in found] == [("3.4%", -3.4, "down")]


def test_a_bull_contract_s_call_price_is_its_knock_out_level_while_the_stock_s_close_stays_a_price():
    found = kind_by_text("Tencent fell 4% to HK$402.60, and issuers said the bulls that were knocked out had call "
                         "prices between HK$405 and HK$410.")
    assert "HK$402.60" in found
    assert "HK$405" not in found and "HK$410" not in found


@pytest.mark.parametrize("dropped, kept_sentence, kept", [
    pytest.param("Turnover in Meituan warrants and callable bull/bear contracts climbed to HK$2.6 billion, a sixth of "
                 "the market's total.",
                 "Meituan's turnover rose to HK$2.6 billion in the quarter.",
                 "HK$2.6 billion",
                 id="test_turnover_in_a_stock_s_warrants_is_a_market_s_trading_while_the_company_s_own_turnover_stays"),
    pytest.param("Tenants may recover at least $500 per violation under the ordinance.",
                 "Regulators fined the lender $2.1 million for the violations.",
                 "$2.1 million",
                 id="test_a_sum_per_violation_is_a_fine_while_a_company_s_fine_in_all_stays_a_row"),
    pytest.param("A Denver chocolatier is selling eclipse-shaped truffles for $6 each this week.",
                 "The founders sold 2 million shares for $18 each.",
                 "$18",
                 id="test_goods_sold_for_a_sum_each_have_a_product_s_price_while_shares_sold_each_keep_theirs"),
    pytest.param("The chain cut the price of its large flat white to HK$32, from HK$38, across its 40 stores.",
                 "The firm raised the price of its offer for Zeta to $5.50 a share from $5.",
                 "$5",
                 id="test_the_price_a_product_s_price_was_cut_from_told_after_its_new_one_is_a_price"),
    pytest.param("Halibut was selling for about $9 a pound at the Homer dock last week.",
                 "Arabica futures dropped 1.4% to $3.12 a pound on Friday.",
                 "$3.12",
                 id="test_a_good_selling_for_a_plain_sum_by_the_pound_is_its_price_while_futures_by_the_pound_stay_the"
                    "_market_s"),
    pytest.param("Shoppers remember a bowl of laksa that cost S$4 before the pandemic.",
                 "It was a takeover that cost the group $2 billion.",
                 "$2 billion",
                 id="test_one_item_told_by_a_clause_of_what_it_cost_is_its_price_while_a_deal_that_cost_"
                    "millions_stays"),
])
def test_a_price_or_a_market_s_sum_is_no_row_while_its_look_alike_stays(dropped, kept_sentence, kept):
    assert kind_by_text(dropped) == {}
    assert kept in kind_by_text(kept_sentence)


def test_what_a_city_corporation_sets_aside_is_public_money_while_a_company_s_stays_a_row():
    assert kind_by_text("The Chittagong City Corporation said it had allocated Tk 120 crore for drainage works this "
                        "monsoon.") == {}
    assert kind_by_text("The Pune Municipal Corporation has set aside Rs 85 crore to repair roads after the "
                        "rains.") == {}
    assert "Tk 120 crore" in kind_by_text("Bashundhara Group said it had allocated Tk 120 crore for a new plant.")


def test_what_a_public_inquiry_or_a_public_body_s_project_costs_and_what_must_be_found_is_public_money():
    assert kind_by_text("The last time the county reviewed its flood defences, the inquiry sat for a year and cost "
                        "about $2.1 million.") == {}
    assert kind_by_text("The cost of the city's new light-rail line has risen to $3.4 billion, nearly a third above "
                        "the plan.") == {}
    assert kind_by_text("Officials said a further $150 million would have to be found, most of it from bonds.") == {}
    assert kind_by_text("Councillors approved a budget of £62 million for the new leisure centre in 2023.") == {}
    assert "$900 million" in kind_by_text("The cost of Acme's new smelter has risen to $900 million.")
    assert kind_by_text("The opening slipped to 2027, and the budget was raised to $64 million in March.") == {}
    assert kind_by_text("Norvik said its budget was raised to $2 billion.") == {"$2 billion": "investment"}


def test_what_a_police_force_says_its_search_cost_is_public_money_while_a_company_s_recall_stays_a_row():
    assert kind_by_text("Police said the manhunt had cost about £400,000.") == {}
    assert kind_by_text("The force said the operation had cost more than £1 million, most of it in overtime.") == {}
    assert "$40 million" in kind_by_text("The company said the recall had cost it about $40 million.")


def test_the_size_of_a_fraud_or_a_scam_is_no_market_figure_unless_told_as_a_company_s_loss():
    assert kind_by_text("He was charged over a $3.4 million mortgage fraud that targeted retirees in Florida.") == {}
    assert kind_by_text("Prosecutors said the £800,000 investment scam ran for six years.") == {}
    assert "$3.4 million" in kind_by_text("He paid $3.4 million for the painting in 2019.")
    assert "£2m" in kind_by_text("A former payroll clerk was jailed over a £2m courier firm fraud.")


def test_what_a_state_holds_in_its_disaster_reserve_fund_is_public_money_while_a_company_s_fund_stays_a_row():
    assert kind_by_text("The state has $40 million in its disaster reserve fund, the budget office said.") == {}
    assert kind_by_text("The county has $9 million in its emergency reserve fund, the treasurer said.") == {}
    assert "$2 million" in kind_by_text("The company released $2 million from its emergency fund.")


def test_one_thing_booked_or_bought_at_a_sum_with_no_magnitude_is_its_price_while_a_stake_bought_stays_a_row():
    assert kind_by_text("Families now book a 6,000-yuan cruise months ahead.") == {}
    assert kind_by_text("Few shoppers will buy a $1,200 phone without a trade-in.") == {}
    assert "$2.5 million" in kind_by_text("He bought a $2.5 million stake in the firm.")


def test_a_tariff_raised_on_a_long_list_of_goods_to_a_rate_is_that_rate_and_makes_no_row():
    assert kind_by_text("The bill would raise tariffs on furniture, kitchen cabinets and vanities from countries "
                        "without a trade deal to as much as 40% next year.") == {}
    assert "4%" in kind_by_text("The company will raise prices on its phones sold in Europe to offset costs, and its "
                                "shares rose 4% to $20.")


def test_a_percentage_one_price_by_area_stands_above_another_makes_no_row():
    assert kind_by_text("The plot went for about 30% above the 18,000 yuan per square metre paid for a nearby site in "
                        "2022.") == {}
    assert "40%" in kind_by_text("The shares are 40% below the $32.50 a share paid in the IPO.")


def test_sh_before_a_sum_with_a_magnitude_is_the_kenyan_shilling_in_a_story_that_names_kenya():
    [sale] = find_money("A brewer based in Nairobi said its revenue rose to Sh62 billion in the half.")
    assert (sale.text, sale.currency, sale.amount) == ("Sh62 billion", "KES", 62e9)
    assert find_money("A brewer said its revenue rose to Sh62 billion in the half.") == []


def test_a_fine_on_a_former_sales_director_is_a_fine_not_revenue():
    text = "The watchdog fined a former sales director of the appliance maker 5.1 million yuan for trading early."
    [fine] = find_money(text)
    assert (fine.text, fine.amount, fine.currency, fine.market_kind) == ("5.1 million yuan", 5_100_000.0, "CNY", "fine")


def test_what_a_pension_programme_pays_in_benefits_or_its_trust_fund_holds_is_public_money():
    assert kind_by_text("The pension scheme paid about 212 billion euros in retirement benefits last year.") == {}
    assert kind_by_text("The disability program's trust fund held about $95 billion at the end of the year.") == {}
    assert "$40 million" in kind_by_text("The company paid $40 million in benefits to laid-off workers.")


def test_another_state_s_wage_told_after_an_hourly_rate_with_its_noun_left_out_is_pay():
    assert kind_by_text("Oregon's rises to $15.45 an hour, while Maine's goes to $15.10.") == {}
    assert "$12" in kind_by_text("Nurses will earn $52 an hour, and Kaiser's shares rose to $12.")


def test_units_a_blank_check_firm_sold_in_its_listing_keep_their_price_but_flats_sold_for_so_much_each_do_not():
    found = find_money("Orchard Lane Acquisition, a blank-check firm, sold 30 million units for $10 each in its Nasdaq "
                       "listing on Thursday.")
    assert [(m.text, m.amount) for m in found] == [("$10", 10.0)]
    assert find_money("The builder sold 120 units for $450,000 each before the tower opened.") == []


def test_what_a_country_contributes_to_a_film_s_opening_in_the_present_is_its_takings_no_public_money():
    found = find_money("South Korea contributes $14 million of the film's opening weekend, the studio said.")
    assert [(m.text, m.amount) for m in found] == [("$14 million", 14_000_000)]


def test_a_district_named_before_the_landlords_who_spent_a_sum_is_no_public_body():
    found = find_money(
        "Central district landlords have spent about $40 million on lobby refits, a property agency said.")
    assert [(m.text, m.amount) for m in found] == [("$40 million", 40_000_000)]


def test_a_un_agency_that_says_it_needs_a_sum_makes_no_row_but_a_company_stays():
    assert find_money("The World Food Programme said it needed about $300 million to keep feeding refugees in "
                      "Chad until the end of the year.") == []
    assert kind_by_text("UNICEF said it needed about $90 million to keep schools open for displaced children "
                        "in Haiti through June.") == {}


def test_compensation_each_person_gets_makes_no_row_while_a_price_each_stays_a_share_price():
    assert find_money("Travellers stranded by the rail strike can claim compensation of up to €250 each from the "
                      "operator.") == []
    assert find_money("Customers hit by the outage will get a refund of about $40 per "
                      "household, the utility said.") == [
        ]
    assert kind_by_text("The new shares were priced at $12 each in the offering.") == {"$12": "share_price"}


@pytest.mark.parametrize("sentence", [
    "Savers with more than the €100,000 guarantee limit at the failed lender will lose part of the excess.",
    "The index provider applies an 8% cap to any single holding at each quarterly rebalance.",
    "If reservoir levels fall below 40% by June, the utility will impose water restrictions.",
    "Customers of the collapsed lender will get back half their frozen deposits in March, the administrator said.",
    "Regulators said the credit union's collapse would cost the National Credit Union Share Insurance Fund about "
    "$18 million.",
    "The agency has halved rations for refugees in the camps because of a funding gap.",
    "The agency cut food rations by 40% in the camps after donors delayed payments.",
    "Her parents said they had spent about $40,000 on tutors and appeals since 2021.",
    "Organisers estimated the festival brought local businesses about 12 million euros.",
    "The marathon brought an estimated $9 million to local businesses, the tourism office said.",
    "The city's land bureau has auctioned 14 residential plots this year for a combined 6.3 billion yuan.",
    "Seats for the opening night at the opera house cost up to 280 euros and sold out in an hour.",
    "Bread prices in Juba have roughly tripled since the fighting began, aid workers said.",
    "The bakery chain blamed its smaller profit on flour prices that have nearly doubled since the drought began.",
    "Electricity consumption in Japan fell 1.8% in the year to March, the industry ministry said.",
    "The fund may have to trim its Tencent shares if the stock keeps rising into the rebalancing date.",
])
def test_a_limit_a_condition_an_aid_cut_a_familys_spending_an_events_local_takings_and_a_goods_prices_make_no_row(
        sentence):
    assert find_money(sentence) == []


def test_a_stocks_daily_limit_a_market_cap_and_a_credit_limit_stay_rows():
    moved = find_money("Shares of Xinghe Robotics rose by their 20% daily limit to 54.10 yuan in Shenzhen.")
    assert [(m.text, m.market_kind, m.percent) for m in moved][0] == ("20%", "share_move", 20.0)
    assert kind_by_text("Lanting Foods crossed a $2 billion market cap for the first time on Tuesday.") == {
        "$2 billion": "market_cap"}
    assert [m.amount for m in find_money("Norwell Steel raised its revolving credit limit to $750 million, the "
                                         "company said.")] == [750_000_000]
    assert [m.percent for m in find_money("The bid came in about 7% below the ceiling price set by the provincial "
                                          "buyer.")] == [-7.0]


def test_what_an_auction_of_airwaves_raises_and_a_sum_raised_for_the_government_are_public_finance():
    assert find_money("Ottawa's 600 MHz auction, which ended on Thursday, raised C$3.5 billion, and the 2019 "
                      "licence auction in March 2019 a record C$3.8 billion.") == []
    assert find_money("The sale of mining permits raised A$410 million for the state government.") == []
    assert kind_by_text("Rogers raised C$2 billion in a bond sale on Monday.") == {"C$2 billion": "investment"}


def test_offers_that_run_to_a_sum_and_salaries_or_bonuses_for_some_staff_that_rose_are_pay():
    kinds = kind_by_text("Offers for senior battery engineers in Shenzhen now run to 3 million yuan a year, and "
                         "salaries for new graduates rose 12% last year, while CATL's shares fell 2.5%.")
    assert kinds == {"2.5%": "share_move"}
    assert kind_by_text("Year-end bonuses for traders at the bank fell by an average of 15%, "
                        "people familiar said.") == {
        }


def test_a_national_fund_named_before_its_sum_is_public_money_but_a_companys_fund_stays_a_row():
    assert find_money("Beijing will put the money into a national semiconductor investment fund of 344 billion yuan, "
                      "the finance ministry said.") == []
    assert "1.2 billion yuan" in kind_by_text("Hillhouse closed a healthcare fund of 1.2 billion yuan in March.")


def test_trips_booked_told_as_a_label_and_its_move_are_a_count_but_a_gaming_company_s_net_bookings_stay_money():
    text = ("Holiday highlights from the travel platform:\n- Hotel bookings: up 18% on last year's Golden Week\n"
            "- Revenue: up 22%")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("22%", "revenue")]
    assert kind_by_text("The publisher expects net bookings of $1.45 billion to $1.55 billion.") == {
        "$1.45 billion": "revenue", "$1.55 billion": "revenue"}


def test_a_pronoun_that_moves_after_a_stock_move_and_a_pledge_to_spend_is_still_the_stock():
    found = find_money("Tencent's shares rose about 40% in the first half, helped by a pledge to spend 100 billion "
                       "yuan on data centres. Since then they have given back about 7%.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("40%", "share_move"), ("100 billion yuan", "investment"), ("7%", "share_move")]


def test_shares_a_fund_held_worth_a_sum_are_its_holdings_valuation_and_a_founders_are_his_fortune():
    found = find_money("At the end of March the pension fund held Meituan shares worth about $1.9 billion, up from "
                       "$1.2 billion a year earlier.")
    assert [(m.text, m.market_kind) for m in found] == [("$1.9 billion", "valuation"), ("$1.2 billion", "valuation")]
    assert one("Filings showed that its founder Jack Ma owned shares "
               "worth about $9 billion.").market_kind == "net_worth"


def test_a_sum_approved_to_add_capacity_is_capital_spending():
    assert one("The board approved a further €35 million to add capacity at its Lyon plant.").market_kind \
        == "investment"


def test_a_funds_named_return_told_past_an_aside_is_the_funds_result():
    found = one("The endowment's full-year return, published in its annual report on Monday, was 8.2 percent.")
    assert (found.text, found.market_kind) == ("8.2 percent", "other")


def test_the_size_of_a_fund_a_public_body_owns_named_after_its_sum_is_public_money_but_a_firms_stays_a_row():
    assert find_money("Coastal towns will bid for money from the government's 750 million pound Harbour "
                      "Regeneration Fund this spring.") == []
    assert "$900 million" in kind_by_text("Accel's $900 million Leaders Fund closed in March.")


def test_the_value_of_goods_an_industry_caught_or_shipped_is_a_statistic_but_the_value_of_a_stake_stays_a_row():
    assert find_money("The value of salmon exports from Norway fell 3% last year to 170 billion crowns, the seafood "
                      "council said.") == []
    assert find_money("The value of crops harvested on the island rose 9% to 410 million dollars in 2025.") == []
    assert "$6.7 billion" in kind_by_text("The value of Fenwick's stake fell 4% to $6.7 billion.")


def test_a_quota_or_a_catch_limit_that_moves_is_no_share_move_but_a_quota_brokers_shares_are():
    assert find_money("Ministers agreed that the mackerel quota will be cut by 22%, while the limit for herring in the "
                      "Celtic Sea will rise 6%.") == []
    assert "5%" in kind_by_text("Shares of the quota broker fell 5%.")


def test_a_central_bank_s_reference_rate_is_its_policy_rate_and_a_cut_in_basis_points_is_a_move_of_it():
    cut = find_money(
        "The Czech National Bank cut its reference rate by 25 basis points on Thursday, as inflation eased.")
    assert [(m.text, m.percent, m.direction, m.market_kind)
            for m in cut] == [("25 basis points", -0.25, "down", "other")]
    level = find_money("The Czech National Bank cut its main reference rate by 25 basis points to 3.75% on Thursday.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in level] == [("3.75%", 3.75, "down", "other")]


def test_a_policy_rate_raised_in_basis_points_to_a_level_is_one_row_the_level_that_moved_up():
    raised = find_money("The Reserve Bank of India raised its repo rate by 35 basis points to 6.25% on Wednesday, "
                        "its fifth increase since May.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in raised] == [("6.25%", 6.25, "up", "other")]


def test_average_daily_exports_told_with_a_clause_between_them_and_their_move_are_a_statistic():
    assert find_money("Average daily exports, which strip out the extra working days, fell 4.2% in May, "
                      "the customs office said.") == []
    moved = find_money("Average daily exports rose 3% while Samsung shares jumped 4%.")
    assert [(m.text, m.market_kind) for m in moved] == [("4%", "share_move")]


def test_exports_to_another_market_told_by_those_later_in_the_sentence_are_trade_still():
    assert find_money("Exports to the European Union climbed 6.4% in March, while those to Japan fell 3.1%, "
                      "the customs agency said.") == []
    shares = find_money("Shares of Tencent fell 2%, while those of Alibaba rose 3%.")
    assert [(m.text, m.market_kind) for m in shares] == [("2%", "share_move"), ("3%", "share_move")]


def test_travel_and_casino_stocks_that_move_with_no_figure_are_a_sector_s_shares_and_make_no_row():
    moved = find_money("Travel stocks rose in Singapore on Wednesday after the border reopened, and "
                       "Singapore Airlines gained 2.6%.")
    assert [(m.text, m.market_kind) for m in moved] == [("2.6%", "share_move")]
    assert find_money("Casino shares slumped in Hong Kong after Macau reported weaker gaming revenue.") == []


def test_duty_free_in_a_company_s_name_is_no_tax_before_its_share_move():
    moved = find_money("Sands China rose 1.8%, while Dufry's partner Lagardere Duty Free fell 2.3% in Paris.")
    assert [(m.text, m.percent, m.market_kind) for m in moved] == [("1.8%", 1.8, "share_move"),
                                                                    ("2.3%", -2.3, "share_move")]
    assert find_money("Import duties on the cars rose to 25%.") == []


@pytest.mark.parametrize("text", [
    "Mitsukoshi said its duty-free sales in Ginza fell 14% to 3.2 billion yen in December.",
    "Tax-free sales at the Umeda store rose 21% to 2.6 billion yen in the quarter.",
])
def test_goods_sold_duty_free_or_tax_free_bear_no_rate_and_their_sales_are_revenue(text):
    assert set(kind_by_text(text).values()) == {"revenue"}, kind_by_text(text)


def test_a_government_that_opens_a_clause_and_has_set_aside_a_sum_after_and_lays_out_public_money():
    assert find_money("The regional government wants half of its schools on fibre by 2028, and has set aside "
                      "about 3 billion pesos in subsidies for the rollout.") == []
    assert "$40 million" in kind_by_text("Harlow Logistics wants every truck electric by 2030, and has set aside "
                                         "$40 million to buy them.")


def test_firms_that_invest_at_least_a_sum_to_qualify_are_sorted_by_a_threshold():
    assert find_money("Under the scheme, manufacturers that invest at least 50 million rand and hire 100 workers "
                      "qualify for a ten-year tax holiday.") == []
    assert "50 million rand" in kind_by_text("Nandi Motors will invest at least 50 million rand in its plant.")


def test_a_stock_pronoun_move_after_an_earlier_moves_cause_takes_no_word_from_that_cause():
    kinds = kind_by_text("Tencent's shares have risen about 40% this year on hopes that its AI spending will lift "
                         "ad sales, although they fell 2.1% to HK$512 on Friday.")
    assert kinds == {"40%": "share_move", "2.1%": "share_move", "HK$512": "share_price"}
    kinds = kind_by_text("Its shares have doubled since its debut in March, when it raised $900 million, but they "
                         "dropped 6.3% on Monday.")
    assert kinds["6.3%"] == "share_move"


def test_a_stock_that_closed_limit_up_or_limit_down_keeps_its_move():
    moves = find_money("Shares of Hengrui Lighting jumped 10% limit-up on Thursday after it won a state grid order.")
    assert [(m.text, m.market_kind, m.percent) for m in moves] == [("10%", "share_move", 10.0)]
    moves = find_money("Shares of Qiaolan Pharma plunged 20% limit down in Shenzhen on Friday after the trial failed.")
    assert [(m.text, m.market_kind, m.percent) for m in moves] == [("20%", "share_move", -20.0)]


def test_a_central_bank_that_buys_currency_and_a_programme_agreed_with_the_imf_are_public_money():
    assert find_money("Japan's central bank has bought about $2.3 billion of US Treasuries since June, dealers "
                      "estimated.") == []
    assert find_money("The central bank sold roughly $800 million of its reserves on Monday to slow the cedi's "
                      "fall.") == []
    assert find_money("Kenya agreed a $3.6 billion programme with the IMF in March, clearing the way for new bond "
                      "sales.") == []
    assert kind_by_text("Harlow Logistics launched a $5 billion program of buybacks, weeks after the IMF cut its "
                        "forecast.") == {"$5 billion": "investment"}
    assert kind_by_text("The Ardent Growth fund sold $300 million of Tesla shares in March.") == {
        "$300 million": "other"}


def test_what_a_central_bank_sells_is_public_money_while_shares_a_ministry_buys_in_a_company_are_a_row():
    # not_money.tsv: buying and selling are public finance for a central bank alone (money_verbs.tsv has no such verb)
    assert find_money("The Bank of Korea, which meets next week, sold about $2 billion of its reserves on Tuesday to "
                      "steady the won.") == []
    assert kind_by_text("The ministry bought 4.5 billion yuan of shares in the state steel group last week, a filing "
                        "showed.") == {"4.5 billion yuan": "investment"}


def test_shares_a_fund_held_told_with_their_count_are_worth_a_valuation_and_the_whole_fund_is_worth_other():
    kinds = kind_by_text("The trust held 80,000 Shell shares worth £2.2 million at the end of March, down from "
                         "£2.6 million a year earlier.")
    assert kinds == {"£2.2 million": "valuation", "£2.6 million": "valuation"}
    assert kind_by_text("The fund was worth £4.1 billion at the end of the year, its trustees said.") == {
        "£4.1 billion": "other"}


def test_a_schemes_funding_level_and_a_places_whole_industry_size_make_no_row():
    assert find_money("The latest actuarial valuation found the teachers' scheme 97% funded as at March 2025.") == []
    assert find_money("Japan's anime industry topped 3 trillion yen in 2024, a trade group said.") == []
    assert "300 billion yen" in kind_by_text("Nidec's motor business topped 300 billion yen in revenue.")


@pytest.mark.parametrize("sentence, expected", [
    # a return set against another's: the same measure, a gain unless a sign of its own says a loss
    ("The endowment's hedge fund portfolio returned minus 1.8% in the year to June against 7.4% for the endowment "
     "as a whole.", [("other", "down", -1.8), ("other", "up", 7.4)]),
    ("The pension fund returned 3.8% in the year to June against 5.1% for its benchmark.",
     [("other", "up", 3.8), ("other", "up", 5.1)]),
    # an index's fall set against another's: gone the same way
    ("The Nasdaq fell 2.2% on the week against 1.1% for the Dow.",
     [("other", "down", -2.2), ("other", "down", -1.1)]),
])
def test_a_percentage_set_against_a_return_is_the_same_measure_of_another(sentence, expected):
    assert [(m.market_kind, m.direction, m.percent) for m in find_money(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a return told as what its subject came to is a gain, an aside or its stretch between, unless a minus says a loss
    ("The fund's annual return, announced at a briefing in Stockholm on Tuesday, was 4.6 percent.",
     [("other", "up", 4.6)]),
    ("The pension fund's return over the past five years was 7.9% a year.", [("other", "up", 7.9)]),
    ("The fund's return was minus 2.3% in the quarter.", [("other", "down", -2.3)]),
])
def test_a_return_told_as_its_subjects_percentage_is_a_gain(sentence, expected):
    assert [(m.market_kind, m.direction, m.percent) for m in find_money(sentence)] == expected


def test_sums_and_rates_told_after_a_minimum_or_monthly_wage_in_their_sentence_are_that_wage_s():
    assert find_money("Turned into a monthly wage for a 40-hour week, the new floor is 1,980,000 won, up 42,300 won "
                      "from the current 1,937,700 won.") == []
    assert find_money("Last year's minimum wage was 9,860 won, after a 2.5 percent increase agreed in 2023.") == []
    # the costs a wage rise adds to a company are the company's
    assert [m.amount for m in find_money("The chain said the rise in the national living wage next April would add "
                                         "a further £4m to its costs.")] == [4_000_000]


def test_a_sum_a_city_seeks_to_recover_is_public_money_and_makes_no_row():
    text = "The mayor said the city would try to recover the $1.7 million it paid out after the water main burst."
    assert find_money(text) == []
    assert [m.text for m in find_money("Harlow Motors hopes to recover the $40 million it lost on the recall.")] \
        == ["$40 million"]
    assert kind_by_text("Nidec's motor business topped 300 billion yen in revenue.") == {"300 billion yen": "revenue"}


@pytest.mark.parametrize("sentence", [
    "After the app dropped its fees, usage doubled within a month.",
    "Completions in Scotland fell 4% in the year to March.",
])
def test_usage_or_completions_that_move_are_a_count_s_growth_not_money(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, level", [
    ("Norvik Air's shares have climbed 25% this year, though jet fuel still trades well below the $3.90 it hit in "
     "June 2022.", "$3.90"),
    ("Norvik Air's shares have climbed 25% this year, though its average fare remains below the $412 it reached in "
     "2019.", "$412"),
    ("Norvik Air's shares rose 3% as Brent crude fell to $71 a barrel, below the $84 it touched in April.", "$84"),
], ids=lambda value: value[:40])
def test_a_level_a_pronoun_reached_in_a_clause_of_another_subject_is_that_subject_s_not_the_stock_s(sentence, level):
    assert kind_by_text(sentence)[level] == "other"


@pytest.mark.parametrize("sentence", [
    "Shares of Talvik Foods closed at $41.75 on Wednesday, up 38% this year, though still well below the record of "
    "$69.20 they reached in August 2021.",
    "Halden Pharma's stock ended at 212 kroner, though far short of the 305 kroner it hit in May 2023.",
    "Brevik Marine's shares closed at NOK 88.40 on Monday, though 35% below the NOK 136 they reached in 2022.",
], ids=lambda value: value[:40])
def test_a_level_a_pronoun_reached_in_a_clause_with_no_subject_of_its_own_is_still_the_stock_s_price(sentence):
    # "though still ...", "though far ...": no other subject opens, so the pronoun is still the stock closing before
    assert [kind for text, kind in kind_by_text(sentence).items() if not text.endswith("%")] == [
        "share_price", "share_price"]


def test_the_level_a_pronoun_settled_at_after_a_contracts_price_is_no_stocks_price():
    # only a move tells the pronoun is a stock: a contract that "traded at" a price may be a commodity's
    sentence = "The March contract traded at $62.40. When it expired in February, it settled at $65.07."
    assert kind_by_text(sentence)["$65.07"] == "other"


@pytest.mark.parametrize("sentence, kinds", [
    # "the result" names the sum before again, past that sum's own change
    ("Tasman Mutual reported underlying profit of NZ$312 million for the year to June, up 6.2% from a year earlier. "
     "The result compared with NZ$294 million in 2024.",
     [("NZ$312 million", "profit"), ("6.2%", "profit"), ("NZ$294 million", "profit")]),
    # "it" put at a sum after the sum's change told between
    ("Research spending rose to 9.1 billion yuan in the quarter, up 18% from a year earlier, and analysts at CICC "
     "expect it to top 40 billion yuan for the year.",
     [("9.1 billion yuan", "investment"), ("18%", "investment"), ("40 billion yuan", "investment")]),
])
def test_a_sum_named_again_after_the_change_of_the_sum_before_is_of_that_sums_kind(sentence, kinds):
    assert kinds_of(sentence) == kinds


@pytest.mark.parametrize("sentence, kinds", [
    # the dwelling noun heads a larger thing, or the sum is a company's in millions: a deal, no household's home
    ("Brookfield agreed to buy a $2 billion property portfolio from Meridian.", {"$2 billion": "investment"}),
    ("Halcyon sold its $900 million home loan book to Westpac.", {"$900 million": "investment"}),
    ("Persimmon bought a £250 million house builder in May.", {"£250 million": "investment"}),
    ("The developer wrote down a $300 million property in Shenzhen.", {"$300 million": "other"}),
    # a household's own dwelling, the noun ending its phrase, stays no row
    ("The couple bought a £420,000 flat in Bristol last year.", {}),
])
def test_a_sum_before_a_dwelling_is_a_households_only_when_the_dwelling_ends_the_phrase_and_has_no_magnitude(
        sentence, kinds):
    assert kind_by_text(sentence) == kinds


def test_a_tax_band_told_by_what_is_taxed_in_it_its_rate_and_a_named_tax_s_take_make_no_row():
    assert find_money("Under the reform, profits between £50,000 and £250,000 are taxed at 25%.") == []
    assert find_money("The lower-rate tax band of £2,162 applies to the first slice of income.") == []
    assert find_money("The soft drinks levy raised £338 million in its first full year.") == []
    # a company's profit told with no band or rate stays its profit
    assert kind_by_text("Kestrel's profit rose 12% to £250 million in the year.") == {
        "12%": "profit", "£250 million": "profit"}


def test_what_a_household_paid_for_its_home_and_its_deposit_make_no_row_but_a_company_bought_for_a_sum_stays():
    assert find_money("The Hendersons paid about £820,000 for a townhouse in Bath in 2022.") == []
    assert find_money("They sold the bungalow in Deal for £465,000 last summer.") == []
    assert find_money("Renters hoping to buy will need a 20% deposit of roughly £60,000.") == []
    assert kind_by_text("Lowe's paid $1.2 billion for the home-improvement chain.") == {"$1.2 billion": "investment"}


def test_a_central_bank_the_table_names_spends_and_sells_public_money_and_a_lender_named_of_a_place_keeps_its_sum():
    assert find_money("The Central Bank of Kenya spent about $300 million last month to slow the shilling.") == []
    assert find_money("The Bundesbank bought about 2 billion euros of bonds in the quarter.") == []
    assert find_money("Danmarks Nationalbank sold about 8 billion crowns on Monday to defend the peg.") == []
    assert kind_by_text("Union Bank of the Philippines spent about 3 billion pesos on new branches last year.") == {
        "3 billion pesos": "investment"}


def test_a_product_a_company_sells_at_a_plain_sum_is_its_price_but_a_stock_sold_at_one_stays_its_price():
    assert find_money("The studio sells its entry-level headset at $299 in most markets.") == []
    assert kind_by_text("The pension fund sold the stock at $41.20 in May.") == {"$41.20": "share_price"}


def test_a_public_body_lays_out_the_sum_of_a_second_verb_joined_by_and_without_a_comma():
    text = "The Federal Aviation Administration is testing the radar and has set aside about $40 million for it."
    assert find_money(text) == []
    # a company named after "and" lays out its own sum
    text = "The council approved the depot and Arriva has set aside about $40 million for buses."
    assert [m.text for m in find_money(text)] == ["$40 million"]


@pytest.mark.parametrize("sentence", [
    # round 85, le_campus and lf_strike: pay told as a range, as a package a hire commands, as a union's demand told
    # after it, and compensation per passenger told as a range
    "Annual salaries for graduate actuaries ranged from £42,000 to £58,000 last year, the recruiter found.",
    "Top quantitative traders command packages of more than $2 million a year at the biggest hedge funds.",
    "The deal gives cabin crew a pay rise of 7.5% over two years, half the 15% the crews had sought.",
    "Travellers on delayed trains can claim refunds of from €20 to €90 per passenger under the new rules.",
])
def test_pay_and_compensation_per_person_make_no_row_however_they_are_told(sentence):
    assert find_money(sentence) == []


def test_what_a_thing_built_will_cost_past_an_aside_on_it_is_money_invested_but_a_product_s_price_is_none():
    assert kinds_of("The new container terminal, the port's first since 1998, will cost about $1.4 billion.") == [
        ("$1.4 billion", "investment")]
    assert find_money("The handset, which goes on sale in May, will cost $899.") == []
    # what a change will cost a company is no money it puts into anything built
    assert kinds_of("The new rules, which take effect in July, will cost the group about 300 million euros.") == [
        ("300 million euros", "other")]


def test_a_programme_told_past_an_aside_is_no_thing_built_and_a_public_body_s_makes_no_row():
    assert find_money("The ministry's housing programme, announced on Friday, will cost 1.5 trillion yen.") == []
    assert kinds_of("Varden's restructuring programme, announced on Friday, will cost about $300 million.") == [
        ("$300 million", "other")]


def test_a_whole_industry_s_size_and_revenue_and_what_it_is_expected_to_reach_make_no_row():
    assert kinds_of("The country's robotics industry is expected to exceed 300 billion yuan in scale next year, "
                    "officials said.") == []
    assert kinds_of("Parcel delivery revenue for the industry rose 7.2% to 118.4 billion yuan in October.") == []
    assert kinds_of("Kuaidi Express revenue rose 7.2% to 18.4 billion yuan in October.") != []


def test_dh_and_dhs_before_a_figure_are_the_uae_dirham():
    found = find_money("The developer sold homes worth Dh2.3 billion in the quarter, and its rival Dhs 900 million.")
    assert [(m.text, m.currency, m.amount) for m in found] == [("Dh2.3 billion", "AED", 2.3e9),
                                                              ("Dhs 900 million", "AED", 9e8)]


@pytest.mark.parametrize("sentence", [
    "The centre signed a five-year, $250 million supermax extension with the Nuggets in August.",
    "In Miami, the Heat signed Tyler Herro to a three-year, $96 million extension before the deadline.",
])
def test_a_player_s_max_extension_or_one_a_team_signs_him_to_is_pay_and_makes_no_row(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Okafor, 24, is playing out the four-year, $11.8 million rookie contract he signed in 2022.",
    "The Chargers signed linebacker Dante Reeves to a four-year, $88 million contract extension on Tuesday.",
    "Ravens give Ellison three-year, $72 million extension after holdout",
    "It eclipses the four-year, $150 million extension the Eagles gave cornerback Joel Mensah in March.",
])
def test_a_player_s_contract_is_pay_however_the_team_or_the_rookie_deal_is_told(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, figure", [
    ("The county gave Halden Systems a five-year, $310 million contract to run its bus network.", "$310 million"),
    ("The state gave Marlowe Transit Systems a six-year, $420 million contract extension to run its rail lines.",
     "$420 million"),
    ("The eight-year, $3 billion contract extension the Navy gave Brandt Dynamics covers hull repairs.",
     "$3 billion"),
    ("The city signed Corvane Systems to a seven-year, $150 million contract to collect its waste.", "$150 million"),
])
def test_a_company_s_contract_with_its_term_of_years_stays_a_row(sentence, figure):
    assert [m.text for m in find_money(sentence)] == [figure]


@pytest.mark.parametrize("sentence", [
    "The smaller model costs 0.5 yuan per million input tokens, roughly $0.07, against 2 yuan for the larger one.",
    "Output tokens for the coding model are priced at 1.2 yuan per million, the cloud unit said.",
])
def test_a_token_price_s_worth_in_dollars_or_its_price_per_million_after_tokens_makes_no_row(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, kind", [
    # a dwelling word that only qualifies another noun is no household's home
    ("Haier paid $2.1 billion for a home appliance maker in Sweden last year.", "investment"),
    ("Blackstone paid $640 million for the apartment complex near the university.", "investment"),
])
def test_a_sum_paid_for_a_business_named_by_a_dwelling_word_is_not_a_households_home(sentence, kind):
    assert [k for _, k in kinds_of(sentence)] == [kind]


def test_a_public_bodys_verb_after_and_with_no_comma_needs_the_body_as_the_clauses_subject():
    assert find_money("The county government wants all its buses to run on solar power and has set aside about "
                      "$60 million for the panels.") == []
    assert [k for _, k in kinds_of("The council said Brightwater had won the contract and has set aside about "
                                   "$60 million for new trucks.")] == ["other"]


def test_a_group_that_sells_tickets_and_wins_a_contract_is_no_ticket_that_won():
    assert [k for _, k in kinds_of("The ticket seller, which sells tickets for most European stadiums, won a "
                                   "$300 million contract on Monday.")] == ["other"]


def test_an_annuity_that_rises_is_a_lottery_prize_only_beside_a_prize_or_its_winners():
    assert kinds_of("Legal & General's annuity sales rise 15% as savers lock in higher rates.") \
        == [("15%", "revenue")]
    assert find_money("Jackpot winners who choose the annuity get 30 payments that rise by 5% each year.") == []


def test_what_a_lottery_raises_from_a_bond_sale_is_no_money_it_hands_a_public_cause():
    assert [k for _, k in kinds_of("Camelot, the lottery operator, raised £400 million from a bond sale on "
                                   "Monday.")] == ["investment"]
    assert find_money("The state lottery raised $310 million for public schools last year.") == []


@pytest.mark.parametrize("sentence", [
    "Under the new rules, Rivian can sell up to $3 billion of shares.",
    "Under EU rules, the carmaker may raise as much as 3 billion euros in state-backed loans.",
])
def test_what_rules_let_a_company_raise_or_sell_is_no_cap_on_a_loss_and_stays_a_row(sentence):
    assert len(find_money(sentence)) == 1


def test_what_a_job_paid_a_person_is_pay_and_makes_no_row():
    assert find_money("He left the bank for a job in private equity that paid him about $700,000 a year.") == []
    assert kinds_of("The fund paid $700 million for the stake.") != []


@pytest.mark.parametrize("sentence", [
    "Retail sales beat forecasts in April, and the March figure was revised down to a rise of 0.1%.",
    "Spending at clothing stores dropped 2.3% in the month, the Commerce Department said.",
])
def test_a_statistic_s_revised_reading_and_spending_at_a_class_of_shops_are_macro_statistics(sentence):
    assert find_money(sentence) == []


def test_spending_at_a_retailer_s_own_stores_is_no_statistic():
    found = find_money("Spending at its stores rose 4.1% in the quarter, the chain said.")
    assert [m.text for m in found] == ["4.1%"]


@pytest.mark.parametrize("sentence", [
    pytest.param("The deficit for the current year, 2025-26, is now put at 3.2 billion rand, more than double "
                 "the 1.4 billion rand the treasurer forecast in June.",
                 id="a_deficit_told_with_its_year_in_an_aside_and_the_sum_it_doubles_are_public_finance"),
    pytest.param("Net debt will reach 98 billion zloty by March 2027, or 11.4% of GDP, the ministry said.",
                 id="a_sum_restated_as_a_share_of_gdp_is_public_finance"),
    pytest.param("The budget raises the basic personal amount to C$16,452 from Jan. 1, the minister said.",
                 id="a_budget_that_raises_the_basic_personal_amount_to_a_sum_sets_a_tax_threshold"),
    pytest.param("Programme spending will grow 3.2% to £41 billion next year, the finance secretary said.",
                 id="program_spending_and_the_level_it_rises_to_are_public_finance"),
    pytest.param("Households earning less than $60,000 will get a $400 heating rebate in the winter.",
                 id="a_household_income_threshold_and_a_rebate_named_by_its_purpose_are_no_ones_money"),
    pytest.param("Commuters in Accra said minibus fares had doubled since the cedi's fall in March.",
                 id="fares_that_doubled_are_a_price_no_stock"),
    pytest.param("The planemaker delivered 48 regional jets in the first quarter, up 20% from a year earlier.",
                 id="the_change_of_a_count_of_jets_delivered_is_no_money"),
    pytest.param("The state refiner lifted the price of diesel to 1,210 kwacha a litre on Friday, a 16% increase.",
                 id="a_change_told_right_after_a_price_per_unit_is_that_prices_move"),
])
def test_public_finance_thresholds_counts_and_prices_per_unit_make_no_row(sentence):
    assert find_money(sentence) == []


def test_a_sum_spent_on_coupons_or_a_voucher_named_by_its_use_stays_a_row_while_a_purpose_rebate_is_none():
    assert [m.text for m in find_money("Meituan has spent more than 10 billion yuan on coupons since July.")] \
        == ["10 billion yuan"]
    assert [m.text for m in find_money("The airline will give each passenger a $300 travel voucher.")] == ["$300"]
    assert find_money("Each household will get a 200-yuan energy rebate on Saturday.") == []


@pytest.mark.parametrize("sentence, kinds", [
    ("The comedy opened to about $41 million in North American theaters last weekend, bringing its domestic total to "
     "$96 million.", {"$41 million": "revenue", "$96 million": "revenue"}),
    ("The thriller, which debuted with $23.5 million in March, went on to take $310 million worldwide.",
     {"$23.5 million": "revenue", "$310 million": "revenue"}),
    ("The sequel cost about $150 million to produce, people familiar with the matter said.",
     {"$150 million": "investment"}),
])
def test_one_films_takings_are_its_revenue_and_what_it_cost_to_produce_is_money_spent(sentence, kinds):
    assert kind_by_text(sentence) == kinds


@pytest.mark.parametrize("sentence, kinds", [
    ("The horror sequel dropped 52% to $18.3 million for third place in its second weekend.",
     {"52%": "revenue", "$18.3 million": "revenue"}),
    ("Sony's action comedy was fourth with $6.1 million, lifting its domestic total to $44 million.",
     {"$6.1 million": "revenue", "$44 million": "revenue"}),
    ("The musical fell to second place with $21.4 million after two weeks on top.", {"$21.4 million": "revenue"}),
])
def test_a_films_place_in_the_weekend_ranking_told_with_a_sum_is_its_takings(sentence, kinds):
    assert kind_by_text(sentence) == kinds


@pytest.mark.parametrize("sentence, kinds", [
    ("The Swiss engineer said first-half order bookings reached 3.7 billion francs.",
     {"3.7 billion francs": "revenue"}),
    ("Bookings at the defence unit climbed to 860 million pounds in the quarter.", {"860 million pounds": "revenue"}),
    ("The travel platform's gross bookings rose 14% to $6.2 billion.",
     {"14%": "transaction_volume", "$6.2 billion": "transaction_volume"}),
])
def test_money_booked_is_revenue_and_a_platforms_gross_bookings_are_what_it_transacts(sentence, kinds):
    assert kind_by_text(sentence) == kinds


@pytest.mark.parametrize("sentence", [
    "ONE said it would levy a $300 low-water surcharge per container on cargo moving through the Rhine ports.",
    "From March the line will charge a congestion surcharge of 90 euros per TEU on shipments into Lagos.",
    # (both orders read one list of what a charge is per, joins.tsv role=charged_unit)
    "The ferry operator will levy a fuel surcharge of €40 per vehicle on its Irish Sea routes from March.",
    "The ferry operator will levy a €40 fuel surcharge per vehicle on its Irish Sea routes from March.",
])
def test_a_carriers_surcharge_per_container_is_a_price_and_makes_no_row_whichever_side_the_sum_stands(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, kinds", [
    ("The drugmaker would have to pay its bidder $640 million if it walked away for a better offer.",
     {"$640 million": "other"}),
    ("The retailer would owe the buyer $150 million if either party walks away before the vote.",
     {"$150 million": "other"}),
    ("The court ordered the insurer to pay $38 million if it misses the deadline to fix its claims system.",
     {"$38 million": "fine"}),
])
def test_a_sum_owed_if_a_party_walks_away_from_the_deal_is_a_break_fee_not_a_fine(sentence, kinds):
    assert kind_by_text(sentence) == kinds


def test_borrowing_costs_a_central_bank_cut_or_raised_are_its_policy_rate():
    cut = find_money("The National Bank of Poland has lowered borrowing costs by 175 basis points since May.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in cut] == [
        ("175 basis points", -1.75, "down", "other")]
    raised = find_money("The central bank raised borrowing costs by 75 basis points to 6.5% on Thursday.")
    assert [(m.text, m.direction, m.market_kind) for m in raised] == [("6.5%", "up", "other")]


def test_a_policy_rate_cut_to_a_range_after_a_comma_makes_both_ends_of_the_range_move_down():
    found = find_money("The central bank lowered its benchmark rate by a quarter of a percentage point, to a range "
                       "of 4.25%-4.50%, on Wednesday.")
    assert [(m.text, m.direction, m.market_kind) for m in found] == [("4.25%", "down", "other"),
                                                                     ("4.50%", "down", "other")]


def test_rates_a_central_bank_has_cut_are_its_policy_rate_but_a_lenders_rates_on_savings_are_not():
    cut = find_money("The Fed has cut rates by a total of 1.25 percentage points since last March.")
    assert [(m.text, m.percent, m.direction, m.market_kind) for m in cut] == [
        ("1.25 percentage points", -1.25, "down", "other")]
    assert find_money("The lender raised rates on its savings accounts by 0.25 percentage points.") == []
    held = find_money("The Bank of Canada held rates at 2.25% for a third straight meeting on Wednesday.")
    assert [(m.text, m.percent, m.market_kind) for m in held] == [("2.25%", 2.25, "other")]


@pytest.mark.parametrize("sentence", [
    "The credit union held rates on its term deposits at 3.1%.",
    "Most building societies held rates for savers at 2.1% last month.",
    "Car lenders kept rates at about 7.4% in the spring.",
    "The landlord froze rents at 2020 levels, leaving rates about 12% below the market.",
])
def test_rates_held_by_anyone_but_a_central_bank_are_no_policy_rate(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, percent", [
    ("Danmarks Nationalbank left rates at 1.6% on Thursday, shadowing the ECB as it has since 1999.", "1.6%"),
    ("Banxico held rates at 7.25% on Thursday after five straight cuts.", "7.25%"),
])
def test_rates_held_by_a_central_bank_named_in_its_own_tongue_are_its_policy_rate(sentence, percent):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == [(percent, "other")]


def test_a_central_banks_refinancing_rate_is_its_policy_rate_but_a_mortgage_refinancing_rate_is_none():
    held = find_money("The tenge has weakened since June, and the central bank kept its refinancing rate at 16.5% on "
                      "Friday.")
    assert [(m.text, m.percent, m.market_kind) for m in held] == [("16.5%", 16.5, "other")]
    assert find_money("Mortgage refinancing rates climbed to 6.4% last week as bond yields rose.") == []
    # the bank named in the sentence before keeps the rate its own
    held = find_money("The National Bank of Georgia met on Wednesday. It left its refinancing rate at 8%.")
    assert [(m.text, m.market_kind) for m in held] == [("8%", "other")]


@pytest.mark.parametrize("text, levels", [
    # "the rate" and where it stood, or "them" held at a level, after a central bank's rates: its policy rate
    ("The Reserve Bank began cutting in August 2024, when the rate stood at a 12-year high of 4.35%.", [4.35]),
    ("The Bank of Korea has cut rates four times since October 2024. Before that, it had kept them at 3.5% for "
     "almost two years.", [3.5]),
    # ... and no rate at all where no central bank is named
    ("Joblessness in the province has crept up since the spring, and in October the rate stood at 6.8%.", []),
    ("Mortgage lenders raised their rates in the spring but have held them at 6.9% since June.", []),
    # ... nor where the sentence names a statistic before it and no bank, whatever bank the sentence before named
    ("The central bank raised rates again in May. Inflation has cooled since then, and in September the rate stood at "
     "2.1%.", []),
    ("The central bank, wary of inflation, began easing in March, when the rate stood at 13.75%.", [13.75]),
])
def test_a_rate_told_again_by_the_rate_or_them_is_the_policy_rate_only_after_a_central_bank(text, levels):
    found = find_money(text)
    assert [m.percent for m in found] == levels and all(m.market_kind == "other" for m in found)


def test_rates_a_central_banks_committee_kept_are_its_policy_rate():
    kept = find_money("The Reserve Bank of India's monetary policy committee kept rates at 5.5% on Friday.")
    assert [(m.text, m.market_kind) for m in kept] == [("5.5%", "other")]


def test_a_percentage_a_fund_made_told_right_after_it_is_its_return_and_a_gain():
    found = find_money("The university's endowment returned 11.2% in the year to June, topping the 7.4% the endowment "
                       "made a year earlier.")
    assert [(m.text, m.direction) for m in found] == [("11.2%", "up"), ("7.4%", "up")]


def test_what_a_seller_charges_with_no_magnitude_is_a_price_but_a_charged_sum_with_one_stays():
    assert find_money(
        "From next month the parking operator will charge drivers 4.50 pounds an hour at the station.") == []
    assert kinds_of("The card issuer charged 1.2 billion pounds in late fees last year.") == [
        ("1.2 billion pounds", "other")]


@pytest.mark.parametrize("sentence", [
    "Average monthly pay for new hires in the sector was 7,200 yuan last year, a survey showed.",
    "The startup offers new graduates up to 900,000 yuan a year.",
    "Researchers who join the lab can earn up to 2 million yuan a year, recruiters said.",
    "The bank will hire about 3,500 graduates next year, up 40% from this year.",
    "Rival lenders raised their intake by 15% for the same class.",
])
def test_graduates_pay_and_how_many_are_hired_make_no_row(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Its cheapest model will fall by 50 per cent, to 0.4 yuan per million input tokens.",
    "Rivals rent similar GPUs at between $2.10 and $2.90 an hour.",
])
def test_a_price_per_token_or_hour_its_move_and_both_ends_of_its_range_make_no_row(sentence):
    assert find_money(sentence) == []


def test_rates_for_a_class_of_tanker_that_rose_are_a_freight_markets_move():
    found = find_money("Rates for very large crude carriers from West Africa to Asia rose about 9% on Friday, "
                       "brokers said.")
    assert [(m.text, m.direction, m.market_kind) for m in found] == [("9%", "up", "other")]


@pytest.mark.parametrize("sentence, percent", [
    ("Air cargo rates out of Hong Kong slipped 6% last month, according to the Baltic index.", -6.0),
    ("Freight rates fell about 12% this week as more ships returned to the Red Sea route.", -12.0),
    ("Shipping rates jumped 30% after the canal closed.", 30.0),
    # a container market's spot rates are its price, as freight rates are
    ("Brokers expect spot rates on the Asia-Europe lane to slide another 8% before the holiday.", -8.0),
])
def test_a_freight_or_air_cargo_rate_moved_close_to_its_percentage_is_a_freight_markets_move(sentence, percent):
    assert [(m.percent, m.market_kind) for m in find_money(sentence)] == [(percent, "other")]


@pytest.mark.parametrize("sentence", [
    "The container line said its average freight rates dropped 6% in the second quarter.",
    "The carrier's freight rates on Asia-Europe routes slipped 4% from a year earlier.",
])
def test_a_carriers_own_freight_rates_told_as_an_owners_are_its_prices_and_no_markets_move(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, kind", [
    ("Holt's 2,500,000 shares are now worth about $61 million after the rally.", "valuation"),
    ("Her 250,000 shares are worth roughly $9 million at Friday's close.", "net_worth"),
    ("The endowment's 4,000,000 shares are worth about $130 million.", "valuation"),
    ("Chief executive Sofia Lindqvist founded the firm in 2004. Lindqvist's 2,000,000 shares are now worth about $70 "
     "million.", "net_worth"),
])
def test_what_a_holders_count_of_shares_is_worth_is_its_stake_and_no_share_price(sentence, kind):
    assert [m.market_kind for m in find_money(sentence)] == [kind]


def test_a_persons_stake_in_a_company_or_past_an_aside_is_still_the_persons_fortune():
    found = find_money("Pony Ma stepped down last year. Ma's 8% stake in Tencent is now worth about $40 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("$40 billion", "net_worth")]
    found = find_money("Pony Ma stepped down last year. Ma's stake, which he has trimmed since 2019, is now worth "
                       "about $40 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("$40 billion", "net_worth")]
    assert kinds_of("The insurer's 3% stake in the lender was worth about $700 million.") == [
        ("$700 million", "valuation")]


@pytest.mark.parametrize("sentence", [
    "The dividend was suspended in May. A hedge fund paid $27 a share for the stock in June.",
    "The board halved the dividend. Billionaire investor Carl Icahn paid about $38 a share for his stake.",
])
def test_a_sum_per_share_paid_for_stock_or_by_a_person_near_a_dividend_stays_a_share_price(sentence):
    assert [m.market_kind for m in find_money(sentence)] == ["share_price"]


@pytest.mark.parametrize("sentence", [
    "The stock touched $52 as it climbed 6% in early trading.",
    "Shares of Norvale ended at $18 as they rallied 11% on the takeover news.",
])
def test_a_pronoun_for_the_stock_after_as_is_no_other_subject_and_its_verb_moves_the_level(sentence):
    assert [m.direction for m in find_money(sentence)] == ["up", "up"]


@pytest.mark.parametrize("sentence, kinds", [
    ("Bulk white wine changed hands at an average of 84 euros per hectolitre in March, up from 71 euros a year "
     "earlier.", {"84 euros": "other", "71 euros": "other"}),
    ("Soybeans traded at $10.40 a bushel on the Chicago board, down from $11.90 at the start of the year.",
     {"$10.40": "other", "$11.90": "other"}),
    # a sum told "a month earlier" is the price then, no monthly price; a date's abbreviation may stand between
    ("Farm-gate butter sold at an average of 5.40 euros a kilo in the week to Nov. 9, down from 6.05 euros a month "
     "earlier.", {"5.40 euros": "other", "6.05 euros": "other"}),
])
def test_a_base_after_a_comma_and_up_from_a_commodity_s_price_per_unit_is_that_market_s_price_then(sentence, kinds):
    assert kind_by_text(sentence) == kinds


def test_a_price_down_from_a_sum_a_month_earlier_keeps_its_direction_while_a_monthly_fee_is_no_row():
    found = find_money("Wholesale cod fetched 9.80 euros a kilo at the Vigo auction, down from 11.20 euros a month "
                       "ago.")
    assert [(m.text, m.direction) for m in found] == [("9.80 euros", "down"), ("11.20 euros", "")]
    assert kind_by_text("The gym charges members 39 euros a month after the first year.") == {}


@pytest.mark.parametrize("text", [
    "The refinery's cash costs fell to $6.10 a barrel from $6.85 in the previous quarter.",
    "The mine poured 61,300 ounces of gold in the quarter, up 6% from the second quarter.",
    "Brussels plans to scrap the 150-euro customs exemption on small parcels next year.",
    "Westfield voters will decide a $950 million school bond in November.",
    "If voters agree, the county would sell the first $300 million of bonds next spring, its treasurer said.",
    "The district wonders whether the city should borrow $2 billion to rebuild its sewers.",
    "The levy would add to the tax bill on a median-priced home of $431,000, the assessor said.",
])
def test_a_unit_cost_that_moved_a_count_s_growth_a_customs_exemption_and_public_borrowing_make_no_row(text):
    assert find_money(text) == []


def test_a_level_a_measure_grew_to_from_a_level_told_first_takes_the_move_s_direction():
    found = {m.text: m.direction for m in find_money(
        "Harlow's revenue climbed from $41 million in 2019 to $87 million in 2023, according to its filings.")}
    assert found == {"$41 million": "", "$87 million": "up"}
    found = {m.text: m.direction for m in find_money("Net debt fell from A$900 million to A$640 million last year.")}
    assert found["A$640 million"] == "down"


def test_the_price_a_fund_trimmed_its_position_at_and_its_average_cost_are_the_stocks_price():
    trims = "We trimmed our position in Sands China twice, in early May at HK$21.40 and again in August at HK$24.05."
    assert kinds_of(trims) == [("HK$21.40", "share_price"), ("HK$24.05", "share_price")]
    cost = "The trust first bought Rio Tinto in 2020 at an average cost of £38.60, when miners were out of favour."
    assert kinds_of(cost) == [("£38.60", "share_price")]
    # a cost in millions is what the stake cost, no share's price
    stake = "The group built its stake at an average cost of $2.1 billion."
    assert kinds_of(stake) == [("$2.1 billion", "investment")]


def test_a_headline_verb_that_lifts_a_measure_by_a_bare_percentage_moves_it_up():
    assert [(m.text, m.market_kind, m.direction) for m in find_money("Pandora lifts sales 11% as charms sell out")] \
        == [("11%", "revenue", "up")]
    assert [(m.text, m.market_kind, m.direction) for m in find_money("Heineken grew profit 6% in its first half.")] \
        == [("6%", "profit", "up")]


def test_the_level_a_measure_fell_from_has_no_direction_though_it_is_told_as_a_record():
    found = {m.text: m.direction for m in find_money(
        "Operating profit slid from a record of $2.4 billion in 2021 to $1.7 billion last year.")}
    assert found == {"$2.4 billion": "", "$1.7 billion": "down"}


def test_one_more_level_a_sum_went_on_to_with_its_own_to_takes_the_move_s_direction():
    found = {m.text: m.direction for m in find_money(
        "Its order backlog rose from $1.2 billion to $1.9 billion in 2022 and to $2.3 billion in 2023.")}
    assert found == {"$1.2 billion": "", "$1.9 billion": "up", "$2.3 billion": "up"}
    # a sum joined by a plain "and" may be another thing: part of the level, no move
    found = {m.text: m.direction for m in find_money(
        "Revenue rose to $87 million in 2023 and $12 million of it came from China.")}
    assert found == {"$87 million": "up", "$12 million": ""}


def test_a_second_level_a_rate_was_cut_to_after_a_comma_and_to_is_down_too():
    found = {m.text: m.direction for m in find_money(
        "The Reserve Bank cut its cash rate by 25 basis points to 3.85%, to 3.6% from July.")}
    assert found == {"3.85%": "down", "3.6%": "down"}


def test_the_level_a_sum_climbed_to_moves_up_and_the_level_it_climbed_from_in_the_same_sentence_stays_unmoved():
    found = {m.text: m.direction for m in find_money(
        "Subscription revenue at Harrow Analytics climbed from $41 million in 2023 to $87 million in 2024.")}
    assert (found.get("$41 million"), found.get("$87 million")) == ("", "up"), found


@pytest.mark.parametrize("sentence", [
    "Jet fuel cost the carrier an average of $2.45 a gallon, down from $2.80 a year earlier.",
    "Labour costs rose 6% after the union won a new wage deal in May.",
    "Labor costs at its Ohio plants are about 25% higher than at its factories in Mexico.",
    "The settlement gives employees a one-time payment of $1,200 in January.",
    "Cabin fuel costs rose 5% to $2.87 a gallon in the third quarter.",
    "The carrier's fuel price per litre was 1.12 euros, the lowest in two years.",
    "The contract gives all teachers a $1,500 one-off payment.",
    "The hospital group will pay each nurse a one-time bonus of $800.",
    "Miners will receive a one-off payment of A$3,000 in June under the deal.",
], ids=lambda sentence: sentence)
def test_what_a_company_pays_for_fuel_by_the_gallon_and_its_staff_costs_and_payments_make_no_row(sentence):
    assert find_money(sentence) == []


def test_a_carrier_s_fuel_expense_is_no_revenue_told_in_the_sentence_before():
    found = kind_by_text("Revenue rose 3% to $2 billion. Fuel expense fell 7% to $410 million.")
    assert (found["7%"], found["$410 million"]) == ("other", "other")


def test_a_sum_a_contractor_was_paid_for_a_job_is_money_taken_in_not_money_invested():
    [figure] = find_money("The builder, which was paid $64 million for the new terminal, said it would hire 200 "
                          "staff.")
    assert figure.market_kind == "other"


@pytest.mark.parametrize("sentence", [
    "The telescope has cost NASA about $10 billion, and JAXA has contributed a further $200 million for its cameras.",
    "ESA has put about 700 million euros into the comet mission since 2019, its director said.",
    "NASA's inspector general said last year that the total could pass $8 billion if the launch slips again.",
])
def test_what_a_space_agency_spends_on_its_mission_or_its_auditor_puts_the_total_at_is_public_money(sentence):
    assert find_money(sentence) == []


def test_a_company_that_has_contributed_to_a_space_agencys_mission_still_makes_a_row():
    text = "Airbus has contributed 300 million euros of its own to the lander that ESA will fly in 2029."
    assert [text[m.start:m.end] for m in find_money(text)] == ["300 million euros"]


def test_a_price_target_a_broker_cut_to_a_sum_from_a_higher_one_keeps_no_direction():
    text = "Analysts at the brokerage cut their price target on the stock to $40 from $55 on Tuesday."
    assert [(text[m.start:m.end], m.direction) for m in find_money(text)][0] == ("$40", "")


@pytest.mark.parametrize("text, directions", [
    # a valuation taken to a level from a higher one goes down; its base has no direction
    ("Investors have cut their valuation of the food-delivery startup to $3 billion from $7 billion in 2021.",
     [("$3 billion", "down"), ("$7 billion", "")]),
    # ... and so does a price or a rate of no kind
    ("Shipping lines cut the rate for a 40-foot box from Santos to Hamburg to about $2,700 in May from $3,400 in "
     "February, exporters said.", [("$2,700", "down"), ("$3,400", "")]),
    ("Air carriers raised cargo rates to the Gulf to roughly $3.40 a kilogram from $2.90, packers said.",
     [("$3.40", "up"), ("$2.90", "")]),
    # the base gone the same way names no change
    ("The mill lowered the price it pays for cane to 1,900 rupees a tonne from 1,700 rupees this season.",
     [("1,900 rupees", ""), ("1,700 rupees", "")]),
    # a dividend set anew is a payout, no price
    ("The company raised its quarterly dividend to 58 cents a share from 52 cents.",
     [("58 cents", ""), ("52 cents", "")]),
    # a devaluation told after its percentage is a fall
    ("The cedi has traded near 15 to the dollar since a 30% devaluation in March, dealers in Accra said.",
     [("30%", "down")]),
])
def test_a_valuation_price_or_rate_a_verb_of_change_set_to_a_sum_from_another_takes_the_way_it_went(text, directions):
    assert [(text[m.start:m.end], m.direction) for m in find_money(text)] == directions


def test_a_price_a_pronoun_s_shares_changed_hands_at_is_a_share_price():
    found = find_money("Brenfield's shares closed at $18.70 on Friday. In early trade on Monday they changed hands "
                       "at $21.05.")
    assert [(m.amount, m.market_kind) for m in found] == [(18.7, "share_price"), (21.05, "share_price")]


def test_a_listing_named_as_the_time_a_value_is_measured_at_makes_no_ipo_row():
    assert find_money("The fund's stake in the miner is now worth about half its value at the group's stock market "
                      "debut.") == []
    assert [m.market_kind for m in find_money("The miner made its stock market debut in Sydney.")] == ["ipo"]


def test_a_horse_s_odds_in_dollars_and_what_was_bet_on_its_race_are_no_money_but_the_purse_is():
    text = ("Silver Comet, a $15 chance, won the A$5 million Cox Plate, beating the $3.20 favourite, and about "
            "A$90 million was wagered on the race.")
    assert [m.text for m in find_money(text)] == ["A$5 million"]


def test_a_commodity_moving_with_a_possessive_place_in_its_apposition_is_no_stock_move():
    kinds = kind_by_text("Corn futures rose 1.4% on Tuesday, while wheat, Canada's biggest crop, gained 0.9%.")
    assert kinds["0.9%"] == "other"


def test_what_a_thing_built_could_cost_in_a_relative_clause_is_money_invested_with_its_equivalent_in_brackets():
    found = kinds_of("The miner chose a site for a smelter that could cost as much as 40 billion rupees ($480 "
                     "million).")
    assert [kind for _, kind in found] == ["investment"]


def test_the_bare_sales_of_a_retail_sales_release_are_the_statistic_but_a_named_retailer_s_sales_are_revenue():
    text = ("Australian retail sales climb 0.7% in May\n\n"
            "SYDNEY, June 30 - Australian retail sales rose 0.7% in May, the Bureau of Statistics said on Monday.\n\n"
            "Sales at department stores fell 1.4%, while online sales rose 2.2% to A$4.3 billion. "
            "Sales in Tasmania slipped 0.3%.\n\n"
            "The retailer Myer said on Monday that like-for-like sales rose 3.1% in the half.")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("3.1%", "revenue")]


def test_the_bare_sales_of_a_home_sales_release_in_a_region_are_the_market_s_but_a_builder_s_stay_revenue():
    text = ("Canadian home sales cool in April\n\n"
            "OTTAWA - Home sales across Canada fell 3.1% in April from March, the real estate association said.\n\n"
            "Sales in the Prairies dropped 5.4%, while the Atlantic region was flat.\n\n"
            "The builder Mattamy said its sales rose 6% in the quarter.")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("6%", "revenue")]


def test_a_company_s_bare_sales_stay_revenue_when_its_headline_names_no_statistic():
    text = "Harbour Foods profit slips\n\nSales at its supermarkets fell 1.4% in the quarter, Harbour Foods said."
    assert [m.market_kind for m in find_money(text)] == ["revenue"]


def test_a_public_body_s_spending_a_tender_s_budget_ceiling_and_a_drink_s_new_price_make_no_rows():
    assert find_money("The province's spending on school buses rose 6% last year to 310 million rand.") == []
    assert [m.text for m in find_money("The contract went to Norel at 5.2 million euros, 4% below the budget "
                                       "ceiling of 5.4 million euros.")] == ["5.2 million euros"]
    assert find_money("The cafe by the ferry pier raised its iced lemon tea to HK$19 from HK$17 on Monday.") == []


def test_a_year_ago_loss_restated_in_cents_is_profit_per_share_and_an_exchange_s_price_rule_is_no_row():
    text = ("Its net loss for the third quarter narrowed to $21.6 million, or 42 cents a share, from $30.1 million, or "
            "59 cents, a year earlier.")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [
        ("$21.6 million", "profit"), ("42 cents", "profit"), ("$30.1 million", "profit"), ("59 cents", "profit")]
    assert find_money("Exchange rules require a closing price of at least $1 for ten straight sessions.") == []


def test_a_company_s_own_sales_stay_revenue_in_a_retail_sales_release_that_quotes_it_in_its_lead():
    text = ("UK retail sales slip in June\n\n"
            "LONDON - British retail sales fell 0.4% in June, and Harcourt said trading had been tough.\n\n"
            "Harcourt's like-for-like sales rose 1.2% in the quarter.")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [("1.2%", "revenue")]


def test_a_fund_s_asset_classes_and_what_investors_earned_are_returns_and_its_mix_and_target_are_no_figures():
    found = {m.text: (m.market_kind, m.direction) for m in find_money(
        "Infrastructure gained 4% and real estate lost 2.4%, while investors earned 9.3% on the bank's green bond "
        "index.")}
    assert found["2.4%"] == ("other", "down") and found["9.3%"] == ("other", "up")
    assert find_money("The scheme trailed a blend of 60% shares and 40% bonds and missed its 6% target.") == []
    assert find_money("The college's endowment was worth $4.2 billion in June.")[0].market_kind == "other"


def test_takings_since_a_presale_opened_are_revenue_and_a_surcharge_per_sized_container_is_no_figure():
    takings = find_money("Takings since the presale opened reached 94,000 euros.")
    assert [m.market_kind for m in takings] == ["revenue"]
    assert find_money("The line will add a congestion surcharge of 90 euros per forty-foot container in June.") == []


def test_the_beans_of_a_commodity_name_it_and_their_move_is_no_profit_told_before():
    found = find_money("The confectioner warned that profits would shrink after the cost of cocoa beans more than "
                       "doubled in a year.")
    assert [(m.market_kind, m.direction) for m in found] == [("other", "up")]


def test_a_pre_tax_profit_keeps_the_rise_told_after_it_as_no_tax_rate():
    found = find_money("The bookmaker reported a first-half pre-tax profit of £41 million, up 12% from a year earlier.")
    assert [(m.text, m.market_kind, m.percent) for m in found] == [("£41 million", "profit", None),
                                                                   ("12%", "profit", 12.0)]


def test_leakage_cut_by_a_percentage_is_a_volume_and_household_bills_rising_are_a_price():
    found = find_money("The utility aims to cut leakage by 12% by 2028 under a £900 million investment plan.")
    assert [(m.text, m.market_kind) for m in found] == [("£900 million", "investment")]
    assert find_money("Bills for the typical Northshire household will rise 9% in October, the regulator said.") == []


def test_macau_patacas_and_the_signs_of_other_local_currencies_are_money():
    assert [(m.amount, m.currency) for m in find_money(
        "Galaxy's adjusted earnings rose to 3.4 billion patacas (US$425 million) in the third quarter.")
        if m.amount] == [(3.4e9, "MOP")]
    assert one("The Tel Aviv insurer's quarterly profit rose to ₪850 million.").currency == "ILS"
    assert one("The Bangkok developer's presales reached ฿12 billion in the quarter.").currency == "THB"


def test_a_deal_valued_by_people_who_know_it_is_the_deals_worth_not_a_valuation():
    assert one("Two people familiar with the deal valued it at about 4 billion rupees ($48 million).").market_kind \
        == "investment"
    assert one("People familiar with the contract valued it at about $75 million over five years.").market_kind \
        == "other"


def test_what_a_person_paid_himself_out_of_a_fund_is_his_take_not_an_investment():
    assert one("Regulators said the adviser paid himself $3.2 million in management fees from the fund.").market_kind \
        == "other"


def test_a_rate_a_value_compounds_at_is_its_growth_and_a_promised_return_is_no_figure():
    found = one("If advertising revenue compounds at 18% a year, the unit would be worth twice as much by 2030.")
    assert (found.percent, found.direction) == (18.0, "up")
    assert find_money("The unregistered scheme drew in pensioners by promising returns of 3% a month.") == []


def test_a_gambling_hubs_casino_revenue_is_its_whole_industrys_while_an_operators_stays_a_row():
    assert find_money("Macau's gross gaming revenue fell 6.2% in February from a year earlier to 19.8 billion "
                      "patacas, the Gaming Inspection and Coordination Bureau said.") == []
    found = find_money("Galaxy Entertainment's net revenue rose 8% to 11.4 billion patacas in the quarter.")
    assert [(m.amount, m.market_kind) for m in found if m.amount] == [(11.4e9, "revenue")]


def test_a_sum_a_person_spent_on_a_home_of_his_own_is_its_price_and_no_row():
    assert find_money("Investigators said the broker spent $2.7 million on a beach house in Malibu in 2021.") == []
    assert [m.market_kind for m in find_money("The company spent $5 million on a new home for its research team.")] \
        == ["investment"]


def test_a_sum_paid_to_each_victim_s_family_told_before_them_is_no_row():
    assert find_money("The ferry operator said it would pay 30,000 euros to each passenger's family to cover funeral "
                      "costs.") == []
    # a sum paid to each of a company's partners stays its money
    assert kinds_of("The carrier will pay $2 billion to each of its two partners.") == [("$2 billion", "investment")]


def test_an_operators_figures_in_a_clause_after_a_gambling_hubs_revenue_stay_rows():
    found = find_money(
        "Macau's gross gaming revenue rose 5% in May, while Melco's revenue rose 12% to 1.8 billion patacas.")
    assert [(m.text, m.market_kind) for m in found] == [("12%", "revenue"), ("1.8 billion patacas", "revenue")]
    found = find_money(
        "A rebound in Macao's gaming revenue lifted Galaxy, whose profit rose 14% to 2.1 billion patacas.")
    assert [(m.text, m.market_kind) for m in found] == [("14%", "profit"), ("2.1 billion patacas", "profit")]


def test_a_charter_rate_an_index_stood_at_by_the_day_and_days_booked_at_a_rate_keep_their_rows():
    assert kind_by_text("The Baltic dry index for Panamax ships stood at $14,320 a day on Monday, up 22% since "
                        "early May.") == {"$14,320": "other", "22%": "other"}
    assert [m.amount for m in find_money("The tanker owner said it had booked 55% of its first-quarter days at "
                                         "around $31,500 a day.") if m.amount] == [31500.0]
    assert find_money("The shelter charges $35 a night for a medium-sized dog.") == []


def test_what_is_left_in_a_public_bodys_fund_is_public_money():
    assert find_money("The work will be paid from the city's storm recovery fund, which had roughly $8.4 million "
                      "left in June.") == []
    assert [m.market_kind for m in find_money("Acme's venture fund had $300 million left to invest.")] \
        == ["investment"]


def test_an_actor_ending_reads_as_the_text_cut_there():
    """Reading.actor_ending reads the whole text's actors once: it must tell what reading the text up to each
    place would, also where a name runs on past it or a word after it makes it one ("Brian Wong said")."""
    from pipeline.money.reading import Reading
    from pipeline.story import find_actors, matching_form
    text = ("Joe Tsai paid $2 billion. Tsai paid $1 billion more, and Jack Ma's stake was worth $40 billion. "
            "Brian Wong, a former Alibaba executive, paid $1 million. Brian Wong said Tencent Music Corp paid "
            "$3 million; Morgan Stanley's stake and Cuban Americans' funds held shares worth $5 million. ") * 3
    form = matching_form(text)
    reading = Reading(lexicon(), text, form, [(0, len(form))])
    for end in sorted({m.end() for m in re.finditer(r"\w+", form)}):
        cut = next((a.actor.kind for a in find_actors(text[:end], form=form[:end]) if a.end == end), None)
        assert reading.actor_ending(end) == cut, form[max(0, end - 30):end]


def test_an_actor_ending_read_from_a_sentences_start_reads_as_that_sentence_cut_there():
    """Reading.actor_ending from a sentence's start reads that sentence's actors once: it must tell what reading the
    sentence up to each place would, a name cut short or made one by the word after it ("Meituan said") too."""
    from pipeline.money.reading import Reading
    from pipeline.story import find_actors, matching_form
    text = ("Shares fell 3% on Monday. Meituan, worth about $80 billion, said Tencent Music Corp paid $3 million, and "
            "Joe Tsai Holdings and Cuban Americans' funds held shares worth $5 million. ")
    form = matching_form(text)
    sentence = (text.index("Meituan"), len(form))
    reading = Reading(lexicon(), text, form, [(0, sentence[0]), sentence])
    for end in sorted({m.end() for m in re.compile(r"\w+").finditer(form, sentence[0])}):
        cut = next((a.actor.kind for a in find_actors(text[sentence[0]:end], form=form[sentence[0]:end])
                    if sentence[0] + a.end == end), None)
        assert reading.actor_ending(end, sentence) == cut, form[max(0, end - 30):end]


@pytest.mark.parametrize("sentence", [
    "Bettors wagered a record $61.2 million on the Breeders' Cup Classic card, the track said.",
    "Wagering on the Belmont Stakes alone reached $118.4 million, up from $109.7 million a year earlier.",
])
def test_what_bettors_wagered_on_a_race_is_no_companys_money(sentence):
    assert find_money(sentence) == []


def test_a_companys_bets_on_a_technology_are_its_money_no_wagering():
    assert [m.amount for m in find_money("Dunmore Capital's bets on robotics start-ups have reached $12 billion, its "
                                         "filings show.")] == [12e9]


@pytest.mark.parametrize("sentence", [
    "The village of Cold Spring expects to price $18 million of school bonds on Thursday.",
    "The county plans a third, larger sale of about $140 million next spring, its treasurer said.",
    "Municipal bond issuance climbed to about $41 billion in April, up 9% from a year earlier, according to Bond "
    "Buyer data.",
])
def test_a_towns_school_bonds_a_countys_bond_sale_and_nationwide_municipal_issuance_are_public_money(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, kinds", [
    # a possessive public body names whose company sells, not who sells
    ("Delmar Gas, the state's biggest pipeline operator, plans a sale of about $650 million of bonds next week.",
     [("$650 million", "investment")]),
    # a body that approves a sale is no seller
    ("Shares of Corvane rose after the city approved a sale of about $1.4 billion of its depots to Brightline.",
     [("$1.4 billion", "other")]),
    # a company's tax-exempt bonds are its own borrowing
    ("Harbor Air sold $1.1 billion of tax-exempt bonds to pay for its new terminal at Newark.",
     [("$1.1 billion", "investment")]),
])
def test_a_companys_bond_sale_near_a_public_bodys_word_stays_a_row(sentence, kinds):
    assert kinds_of(sentence) == kinds


def test_a_headline_sum_of_no_kind_takes_the_kind_its_story_gives_the_same_sum():
    assert kinds_of("Keller Foods stands by $2 billion AI plan\n\nKeller Foods said on Tuesday it would still spend "
                    "the $2 billion it pledged for new factories over four years.") == [
        ("$2 billion", "investment"), ("$2 billion", "investment")]
    # a utility's rates raised by a sum are no money raised: the headline takes no investment from them
    assert kinds_of("Harlow Energy's $230 million rate request draws fire\n\nHarlow Energy has asked regulators to let "
                    "it raise power rates by $230 million a year.") == [("$230 million", "other"),
                                                                        ("$230 million", "other")]
    # a revenue is named in a headline's own words, as the story's period dates it: none is taken from the story
    assert kinds_of("Drugmakers brace for $90 billion cliff\n\nMedicines that brought in $90 billion in sales last "
                    "year lose patent protection by 2030.")[0] == ("$90 billion", "other")
    # a sum the headline names a loss in its own word takes no kind from what the story spends
    assert kinds_of("Brightwell Mills takes $75 million blow from flooding\n\nBrightwell Mills said it would spend $75 "
                    "million rebuilding its two plants.")[0] == ("$75 million", "other")
    # a headline's offer that the story tells only as what it values the company at is that valuation
    assert kinds_of("Corran Foods agrees to £480m takeover by Halbeck\n\nCorran Foods has agreed to a cash offer from "
                    "Halbeck Group that values the Yorkshire bakery chain at about £480m, the companies said on "
                    "Monday.") == [("£480m", "valuation"), ("£480m", "valuation")]
    # a block sale the story tells at a market value stays the sale: a market value is no worth a deal sets
    assert kinds_of("Orvin sells last Tessel shares in Rs 2,100-crore block deal\n\nThe sale, at a market value of Rs "
                    "2,100 crore, ends Orvin's holding.")[0] == ("Rs 2,100-crore", "investment")


def test_sales_of_homes_across_a_market_and_inventory_that_moves_are_no_company_s_figures():
    assert find_money("Sales of newly built single-family homes slid 6.6% in August, the Commerce Department "
                      "said.") == []
    assert find_money("Inventory rose 9.4% from a year earlier to 1.2 million homes.") == []
    assert find_money("DENVER - Sales of new homes in the state fell 3.2% in May, the "
                      "builders' association said.") == []
    # a builder's own sales of homes stay its revenue
    assert kinds_of("Sales of its homes rose 8% to $2.1 billion in the quarter.") == [
        ("8%", "revenue"), ("$2.1 billion", "revenue")]


def test_a_trial_s_arms_set_against_each_other_make_no_row():
    assert find_money("Patients given the antibody progressed 14% less than those on placebo over two years.") == []
    # a stock set against another's is still its move
    assert kinds_of("Hollis shares rose 3% more than those of its rival.")[0] == ("3%", "share_move")


def test_a_price_tag_of_billions_is_what_a_project_costs_and_one_with_no_magnitude_no_row():
    assert kind_by_text("The rail link, unveiled in 2021 with a price tag of $6 billion, opens next year.") == {
        "$6 billion": "investment"}
    assert find_money("The new tablet carries a price tag of $899 in the US.") == []


def test_a_naira_price_told_to_the_kobo_is_a_share_price_in_a_nigerian_story():
    text = ("Nigerian lenders gained in Lagos. Shares of First Bank rose 4.1 percent to N28.40 on Monday, "
            "its best day since June.")
    assert kind_by_text(text)["N28.40"] == "share_price"
    assert find_money("Nigeria's hospitals ran short of N95 masks last year.") == []


def test_a_headline_central_bank_that_holds_its_rate_at_a_level_is_that_policy_rate():
    assert kind_by_text("Bank of Ghana holds rate at 21.5% as cedi steadies") == {"21.5%": "other"}
    assert find_money("Growth slows to 5.1% as central bank holds rates steady") == []


def test_sales_a_statistics_office_reports_are_an_industrys_not_a_companys_revenue():
    assert find_money("Car sales in Spain rose 4.1% in October from a year earlier, the statistics office said.") == []
    assert kind_by_text("Orlen's sales rose 4.1% in October, the company said, as the statistics office reported "
                        "weaker fuel demand.") == {"4.1%": "revenue"}


@pytest.mark.parametrize("sentence, expected", [
    ("Strategists at a Swiss bank value the payments arm at roughly $12 billion.", {"$12 billion": "valuation"}),
    ("Its shares are still well below the $61.20 record set in June 2021.", {"$61.20": "share_price"}),
    ("Acme renewed the cover at a cost of $36 million, 9% more than a year earlier.",
     {"$36 million": "investment", "9%": "investment"}),
])
def test_a_valuation_by_analysts_a_record_after_a_price_and_a_cost_s_rise_take_their_kinds(
        sentence, expected):
    assert kind_by_text(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The USDA said on Friday it would spend about $700 million on drought relief for cattle ranchers.",
    "The ministry said in a statement on Monday that it would spend 2 billion euros on flood defences.",
])
def test_an_agency_told_by_its_initials_or_saying_in_a_statement_that_it_will_spend_tells_of_public_money(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("A 2-kilogram bag of sugar sold for an average 1,050 yen last month, down 4 percent.", {}),
    ("A dozen eggs cost $3.20 in December, and shares of the biggest producer rose 4%.", {"4%": "share_move"}),
    ("A Birkin bag sold for $10 million at auction.", {"$10 million": "other"}),
])
def test_a_staple_s_shop_price_and_its_move_are_no_figure_but_an_auction_price_is(sentence, expected):
    assert kind_by_text(sentence) == expected


def test_a_rise_in_prices_told_right_after_them_without_by_raises_no_money_but_the_share_move_stays():
    found = find_money("Shares of Larkfield Dairies slid 5% on Monday after it raised prices 9% for its milk range.")
    assert [(m.text, m.market_kind) for m in found] == [("5%", "share_move")]
    assert find_money("The chain cut its prices 4% across 300 stores in February.") == []


def test_a_market_s_bare_benchmark_that_moves_is_its_index_but_a_benchmark_bond_s_yield_is_no_figure():
    found = find_money("Kuwait's benchmark added 0.8% on Sunday, led by lenders.")
    assert [(m.text, m.market_kind, m.direction, m.subject) for m in found] == [("0.8%", "other", "up", "")]
    assert find_money("The yield on the benchmark 10-year gilt climbed to 4.71% on Tuesday.") == []


def test_an_outlook_cut_by_a_percentage_with_no_measure_is_no_share_move_but_a_named_measure_s_cut_stays():
    assert find_money("Traders sold the stock after the chipmaker cut its guidance by 6% on Wednesday.") == []
    found = find_money("Shares of Tamsin Foods slid 4% after it cut its 2027 revenue forecast by 3%.")
    assert [(m.text, m.market_kind) for m in found] == [("4%", "share_move"), ("3%", "revenue")]


def test_a_company_a_public_body_owns_in_the_possessive_sells_bonds_of_its_own_but_the_body_s_agency_does_not():
    assert [m.market_kind for m in find_money("The province's largest property developer plans to sell $450 million "
                                              "of bonds next month.")] == ["investment"]
    assert find_money("The county's transit authority will sell $200 million of bonds in June.") == []


def test_sales_a_statistics_office_is_named_as_telling_first_are_an_industrys_too():
    assert find_money("The national statistics office said on Monday that furniture sales "
                      "dropped 3.7% in January.") == [
        ]
    # a company's own sales told after it keep their kind
    assert kind_by_text("The statistics office said on Monday that Ikea's sales dropped 3.7% in January.") == {
        "3.7%": "revenue"}


@pytest.mark.parametrize("sentence", [
    "Foreign visitors reached 2.3 million in July, up 9% from a year earlier, the tourism board said.",
    "Tourism receipts in the first half of the year rose 11% to 7.8 billion euros, the central bank said.",
    "Scottish Enterprise is backing the new distillery with a grant of £3.2 million, the minister said.",
    "The finance ministry expects the next World Bank loan of about $500 million to arrive in March.",
    "The revenue authority was set a tax collection target of 4.2 trillion shillings for the coming year.",
])
def test_a_count_with_a_decimal_a_countrys_tourism_receipts_a_grant_given_a_lenders_loan_and_a_tax_target_make_no_row(
        sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The 12-year lease, agreed in May with a Dutch pension fund, is worth about 60 million euros.",
     {"60 million euros": "other"}),
    ("The levy on excess profits cost the utility 2.4 billion crowns last year, against 3.1 billion crowns in 2023.",
     {"2.4 billion crowns": "other", "3.1 billion crowns": "other"}),
])
def test_a_leases_worth_past_an_aside_and_what_a_tax_cost_a_company_are_no_value_or_profit(sentence, expected):
    assert kind_by_text(sentence) == expected


def test_a_price_tag_of_millions_is_a_products_price_and_makes_no_row():
    assert find_money("The penthouse carries a price tag of $75 million.") == []
    assert find_money("The limited-edition coupe has a price tag of 3.4 million euros in Germany.") == []
    # one of billions is still what a project costs
    assert kind_by_text("The airport, approved in 2019 with a price tag of 14 billion euros, opens in May.") == {
        "14 billion euros": "investment"}


def test_a_company_s_sales_told_beside_a_statistics_office_s_own_clause_or_another_teller_stay_its_revenue():
    assert kind_by_text("Sales at Orlen rose 4.1% in October, the company said, as the statistics office reported "
                        "weaker fuel demand.") == {"4.1%": "revenue"}
    assert kind_by_text("Sales at Zara rose 9% in the quarter, while the national statistics office said retail "
                        "spending slowed.") == {"9%": "revenue"}
    # the office that tells the sales, a cause told between, still makes them an industry's
    assert find_money("Car sales rose 4.1% in October as demand recovered, the national statistics office said.") == []


def test_a_firm_named_by_a_staple_s_container_that_sold_for_a_sum_is_no_shop_price():
    # a carton maker is no carton "of" a staple: its sale stays a row
    assert kind_by_text("A carton maker sold for $1.2 billion to a rival packaging group.") == {"$1.2 billion": "other"}
    # ... while a loaf "of" a staple still sells at a shop price
    assert find_money("A loaf of rye bread sold for about 95 rubles in Moscow last month.") == []


def test_an_actor_ending_read_from_a_sentence_that_opens_the_text_leaves_the_whole_texts_reading_alone():
    """A sentence that opens the text is read apart from the whole text: a surname alone after it is still the person
    the text named before ("Joe Tsai ... Tsai said")."""
    from pipeline.money.reading import Reading
    from pipeline.story import matching_form
    text = "Joe Tsai bought shares in March. Tsai said he paid $3 million for them. "
    form = matching_form(text)
    first = (0, text.index("Tsai said"))
    tsai = first[1] + len("Tsai")
    reading = Reading(lexicon(), text, form, [first, (first[1], len(text))])
    assert reading.actor_ending(len("Joe Tsai"), first) == "person"
    assert reading.actor_ending(tsai) == "person"


@pytest.mark.parametrize("sentence, expected", [
    ("Kestrel Retail said its 90 billion rupee five-year plan would be paid for from cash flow.",
     {"90 billion rupee": "investment"}),
    ("Analysts expect spending to beat the C$12bn, multiyear budget the miner set out in May.",
     {"C$12bn": "investment"}),
])
def test_a_span_of_years_between_a_sum_and_its_plan_or_budget_lets_the_noun_say_what_the_sum_is(sentence, expected):
    assert kind_by_text(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Shares of Bamburi Cement rose 3.1% to 48 shillings in Nairobi, valuing the company at about 17 billion "
     "shillings.", [("3.1%", "share_move", ""), ("48 shillings", "share_price", "KES"),
                    ("17 billion shillings", "market_cap", "KES")]),
    ("Stanbic Uganda's net profit rose 9% to 420 billion shillings.",
     [("9%", "profit", ""), ("420 billion shillings", "profit", "UGX")]),
    ("The Tanzanian brewer raised 90 billion shillings from a rights issue.",
     [("90 billion shillings", "investment", "TZS")]),
])
def test_shillings_written_out_are_the_currency_of_the_east_african_country_the_sentence_names(sentence, expected):
    assert [(m.text, m.market_kind, m.currency or "") for m in find_money(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The 40,000-square-metre sorting centre cost about 900 million rupees and opened in March.",
     {"900 million rupees": "investment"}),
    ("The logistics center, which opened near Dallas last year, cost about $85 million.",
     {"$85 million": "investment"}),
    ("Officials said the second phase was worth roughly $600 million over five years.",
     {"$600 million": "investment"}),
])
def test_what_a_centre_cost_or_a_phase_is_worth_is_money_invested_no_companys_value(sentence, expected):
    assert kind_by_text(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tokopedia's gross merchandise value fell 4% to $2.1 billion in the quarter. Bukalapak's climbed 7% to $1.6 "
     "billion.",
     {"4%": "transaction_volume", "$2.1 billion": "transaction_volume", "7%": "transaction_volume",
      "$1.6 billion": "transaction_volume"}),
    ("Kestrel Bank's shares fell 2% on Monday. Harbour's rose 3%.", {"2%": "share_move", "3%": "share_move"}),
])
def test_a_possessive_name_whose_noun_is_left_out_moves_the_measure_just_told(sentence, expected):
    assert kind_by_text(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Of the 6,200 bales offered at the cotton sale, 88% were sold, compared with 81% a fortnight earlier.",
    "Farmers in the delta have lost about a third of their harvest to the floods since August.",
    "Total earnings at the weekly coffee auction came to $3.9 million, brokers said.",
    "Ghana plans to buy back up to $750 million of its 2026 Eurobonds, the finance ministry said on Friday.",
    "Zambia's debt service bill will climb to about $2.1 billion next year, the budget showed.",
    "Fitch affirmed Egypt at B, citing reserves that stood at about $47 billion at the end of June.",
])
def test_a_lots_share_sold_a_part_of_a_harvest_an_auctions_takings_and_a_governments_debt_and_reserves_make_no_row(
        sentence):
    assert find_money(sentence) == []


def test_a_part_of_a_value_told_with_a_word_before_the_value_is_still_a_move():
    assert [m.percent for m in find_money("The two miners have lost about a third of their combined market value "
                                          "since March.")] == [-33.33]


def test_a_central_bank_that_sold_dollars_after_a_fronted_phrase_and_the_rate_it_sold_at_make_no_row():
    assert find_money("At its weekly auction on Friday the central bank sold $80 million to banks at an average "
                      "of 61.4 pesos per dollar.") == []
    assert kind_by_text("On Tuesday Northwind Bank sold $500 million of covered bonds.") == {
        "$500 million": "investment"}


def test_how_far_a_commodity_s_price_stands_below_its_record_after_its_move_is_the_market_s_figure():
    assert [(m.text, m.market_kind, m.percent) for m in find_money(
        "Arabica futures dropped 1.4% to $3.12 a pound on Friday, roughly 30% below the peak of $4.41 hit in "
        "February.")] == [("1.4%", "other", -1.4), ("$3.12", "other", None), ("30%", "other", -30.0),
                          ("$4.41", "other", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("NMB Bank said its lending to farmers reached TSh 1.2 trillion in the quarter.", ("TSh 1.2 trillion", "TZS")),
    ("Shares of CRDB Bank closed at TSh 760 on Thursday, up 2.7 percent on the week.", ("TSh 760", "TZS")),
    ("The Kampala brewer's profit rose to USh 95 billion last year.", ("USh 95 billion", "UGX")),
])
def test_tsh_and_ush_before_a_sum_are_the_tanzanian_and_ugandan_shillings(sentence, expected):
    assert expected in [(m.text, m.currency) for m in find_money(sentence)]


@pytest.mark.parametrize("sentence, code", [
    ("The Casablanca-listed insurer's net profit rose 11% to 640 million dirhams.", "MAD"),
    ("Moroccan carmaker parts supplier Atlas Cables won orders worth 95 million dirhams.", "MAD"),
    ("The Dubai developer sold homes worth 3.4 billion dirhams in the quarter.", "AED"),
    ("Shares of Jordan Phosphate Mines rose 1.2% to 31.50 dinars on the Amman Stock Exchange.", "JOD"),
    ("The Tunisian carmaker's revenue rose 8% to 410 million dinars last year.", "TND"),
    ("The Kuwaiti lender earned 180 million dinars in the quarter.", "KWD"),
])
def test_dirhams_and_dinars_take_the_country_their_sentence_names(sentence, code):
    assert {m.currency for m in find_money(sentence) if m.amount is not None} == {code}


def test_dinars_in_a_story_datelined_in_amman_are_jordanian():
    text = ("AMMAN, March 4 (Reuters) - Housing Bank for Trade and Finance said on Wednesday its net profit rose 6% to "
            "58 million dinars. Its shares closed at 3.92 dinars.")
    assert {m.text: m.currency for m in find_money(text) if m.amount is not None} == {
        "58 million dinars": "JOD", "3.92 dinars": "JOD"}


def test_exports_sold_through_a_platform_are_what_its_sellers_sold_no_country_s_exports():
    assert kind_by_text("Exports sold through the marketplace reached 640 million rupees in the year to March, "
                        "against 410 million rupees a year before.") == {
        "640 million rupees": "transaction_volume", "410 million rupees": "transaction_volume"}
    assert find_money("Exports from the province reached 640 million rupees in the year to March.") == []


@pytest.mark.parametrize("sentence", [
    "The next auction, of 60 billion rupees of 91-day bills, is due on Wednesday.",
    "Bids for the five-year bonds totalled 410 billion shillings, 2.1 times the amount offered.",
    "Offers totalled 1.9 trillion rupiah, against a bid-to-cover ratio of 2.4 at the last sale.",
    "The auction brings the treasury's bond issuance this year to 820 billion rupees.",
])
def test_a_government_debt_auction_makes_no_row_of_the_sums_it_names(sentence):
    assert find_money(sentence) == []


def test_an_auction_house_s_sales_stay_its_own_and_a_company_s_bond_sale_stays_a_row():
    assert [m.text for m in find_money("The auction house's sales brought its turnover this year to $3.1 "
                                       "billion.")] == ["$3.1 billion"]
    assert [m.text for m in find_money("Orbis Power sold $600 million of 10-year bonds on Tuesday.")] == [
        "$600 million"]


def test_a_further_sum_over_the_same_period_in_the_next_sentence_is_of_the_measure_told_before():
    text = ("Online sales by the region's tea growers reached 3.2 billion rupees in the first half, up 40% from a year "
            "earlier. Spice farmers booked a further 1.1 billion rupees over the same period.")
    assert kind_by_text(text)["1.1 billion rupees"] == "revenue"
    assert kind_by_text("Online sales by the region's tea growers reached 3.2 billion rupees in the first half. "
                        "Spice farmers booked a further 1.1 billion rupees last year.")["1.1 billion rupees"] == "other"


def test_a_further_sum_over_the_same_quarter_is_of_the_measure_told_before_as_one_over_the_same_period_is():
    # (carried_periods.tsv role=phrase holds the words for both readers, its quarter and half forms too)
    assert kind_by_text("Sales at the chain's stores came to 4.3 billion baht in the June quarter. Its website booked "
                        "a further 600 million baht over the same quarter.")["600 million baht"] == "revenue"


def test_a_price_per_pound_by_weight_stays_a_row_while_a_rate_per_currency_makes_none():
    assert kind_by_text("Lean hog futures settled at 89 cents per pound on Friday, up 1.2% on the week.") == {
        "89 cents": "other", "1.2%": "other"}
    assert find_money("Sterling bought 1.27 dollars per pound sterling at the close.") == []


def test_a_surplus_a_public_body_runs_is_public_finance_while_a_federations_or_a_trusts_is_its_profit():
    assert find_money("The provincial government expects a surplus of 1.4 billion rand this year, the treasury "
                      "said.") == []
    assert kind_by_text("The federation ran a surplus of NZ$3 million last season.") == {"NZ$3 million": "profit"}
    # a year ended with one too
    assert kind_by_text("The museum trust, whose year ends in March, closed fiscal 2025 with a surplus of £84,000, "
                        "its second in a row.") == {"£84,000": "profit"}


def test_a_plural_possessive_whose_noun_is_left_out_is_that_names_move():
    found = find_money("Sime Darby Property's sales fell 5% to 800 million ringgit in June, while Eco World "
                       "Developments' rose 9%.")
    assert [(m.text, m.market_kind, m.subject) for m in found][-1] == ("9%", "revenue", "Eco World Developments")


def test_a_contract_a_public_body_named_guard_signs_stays_a_row_while_a_players_makes_none():
    assert kind_by_text("The Coast Guard signed a $95 million six-year contract with a Louisiana shipyard.") == {
        "$95 million": "other"}
    assert find_money("The point guard signed a $48 million three-year contract in July.") == []


def test_a_possessive_of_the_very_name_whose_measure_was_just_told_leaves_out_its_shares():
    assert kind_by_text("Meituan's revenue rose 12% to 95 billion yuan in the quarter. Meituan's jumped 5% in Hong "
                        "Kong after the results.")["5%"] == "share_move"


def test_a_bowl_or_a_kilo_of_a_good_that_costs_a_sum_is_a_shop_price_with_the_price_it_is_set_against():
    assert kind_by_text("A bowl of beef noodles at the market now costs 38 yuan, against 30 yuan before the "
                        "pandemic.") == {}
    assert kind_by_text("In Lagos a kilo of tomatoes sold for 2,400 naira last week.") == {}
    assert "$1.2 billion" in kind_by_text("A bottle maker sold for $1.2 billion last year.")


@pytest.mark.parametrize("text, code", [
    ("REYKJAVIK, May 6 - Hagar hf. said its net profit rose 9% to 4.1 billion krona in the year to February.", "ISK"),
    ("The Icelandic airline's shares fell 2.4% to 1.62 krona in Reykjavik on Tuesday.", "ISK"),
    ("The Stockholm-listed truckmaker's shares were priced at 12 krona each.", "SEK"),
])
def test_krona_takes_iceland_or_sweden_by_the_place_its_story_names(text, code):
    assert {m.currency for m in find_money(text) if m.amount is not None} == {code}


@pytest.mark.parametrize("text, code", [
    ("BISHKEK - Aiyl Bank's net profit rose 18% to 3.4 billion som last year.", "KGS"),
    ("Uzbekistan's Hamkor Bank earned 1.1 trillion som in the first half.", "UZS"),
    ("Ameriabank, Armenia's largest lender, earned 38 billion drams ($98 million) last year.", "AMD"),
    ("SARAJEVO - BH Telecom's net profit fell 8% to 61 million marks in the first half.", "BAM"),
    ("Daimler-Benz earned 2 billion marks in 1996, its best year since the merger.", "DEM"),
])
def test_som_drams_and_marks_take_the_currency_of_the_country_their_story_names(text, code):
    assert {m.currency for m in find_money(text) if m.amount is not None} == {code}


def test_som_and_drams_make_no_money_in_a_story_that_names_none_of_their_countries():
    assert [m.text for m in find_money("Micron said it shipped 4 billion DRAM chips in the quarter.")] == []
    assert [m.text for m in find_money("Prices on the site were listed at 40 million som, the seller said.")] == []


def test_a_lenders_loans_that_moved_are_its_balance_sheet_no_profit_told_before_them():
    found = find_money("The cooperative lender said net profit rose 11% to 2.4 billion pesos, and that its loans to "
                       "small farmers had tripled.")
    assert [(m.text, m.market_kind) for m in found] == [("11%", "profit"), ("2.4 billion pesos", "profit"),
                                                        ("tripled", "other")]


def test_cayman_dollars_and_tugriks_are_currencies_of_their_own():
    assert [(m.text, m.currency) for m in find_money("Butterfield's Cayman arm earned CI$58 million last year.")] == [
        ("CI$58 million", "KYD")]
    assert [m.currency for m in find_money("The Ulaanbaatar lender's net profit rose to 210 billion tugriks.")
            if m.amount is not None] == ["MNT"]


@pytest.mark.parametrize("sentence", [
    # a customs threshold told in the local currency, with its dollars in brackets, sorts parcels: no one's money
    "Since January, parcels worth more than 200,000 tugriks (about $56) have paid the full import duty.",
    # what a fishing company's share of a quota is worth is a catch not yet landed, no value of the company
    "Vinnslustodin's share of the herring quota is worth about 3 billion krona at current prices, analysts said.",
    # a pay offer told bare after the claim it answers
    "Dock workers are asking for a 9 percent raise; the port operator has offered 3.5 percent.",
    # ... and in the sentence right after the claim
    "The drivers' union wants an 11% pay rise over two years. The bus operators have offered 4%.",
    # shipments that open their sentence and earn a sum are trade, as the sum they reached is
    "Shipments earned $2.1 billion in 2024, the meat institute said.",
    # a government's own insurance premiums and the catastrophe bond it adds are public money
    "Premiums for the island government's hurricane cover with the regional pool rose 12% to $2.3 million this year.",
    "The Jamaican government has extended its disaster cover for two years, and added a $150 million catastrophe bond.",
    # a country's goods shipped worth a sum are trade; a trade body's sector sales a statistic
    "Peru shipped blueberries worth about $2.3 billion last season, the growers' association said.",
    "The retailers' association said on Friday that footwear sales dropped 7% in the third quarter.",
    # tourist arrivals are a count
    "Visitor arrivals rose 9% in June, the tourism board said.",
    # the growth a public body forecasts is the economy's or a national statistic's
    "The central bank expects growth of about 2.5% next year, its governor said.",
    "Exports rose to $31 billion last year, and the trade ministry expects growth of about 5% in 2026.",
    # a country's forecast of its exports is a statistic
    "Kenya expects exports of about $8 billion this year, the trade ministry said.",
    "Officials said the country now expects exports of about $3.2 billion this year.",
])
def test_thresholds_quota_worth_pay_offers_public_premiums_trade_and_counts_make_no_row(sentence):
    assert find_money(sentence) == []


def test_a_bid_offered_after_a_word_of_pay_with_no_pay_claim_is_no_pay_offer():
    assert find_money("Wages at the plant are low, and the buyer has offered only 12% above the market price for the "
                      "stake.") != []


def test_fils_and_baisa_are_thousandths_of_a_gulf_currency_and_riel_are_cambodias():
    found = find_money("Shares of the Kuwaiti telecoms group fell 2.4% to 612 fils, giving it a market value of "
                       "KD 2.6 billion.")
    assert [(m.amount, m.currency) for m in found if m.amount is not None] == [(0.612, "KWD"), (2.6e9, "KWD")]
    assert [(m.amount, m.currency) for m in find_money("Omantel's shares rose 1.1% to 905 baisa in Muscat.")
            if m.amount is not None] == [(0.905, "OMR")]
    assert [(m.amount, m.currency) for m in find_money("The Phnom Penh lender earned 310 billion riel last year.")] \
        == [(3.1e11, "KHR")]


def test_kd_is_the_kuwaiti_dinar_only_in_a_text_that_names_kuwait():
    assert [m.currency for m in find_money("The Kuwaiti retailer earned KD 41 million last year.")] == ["KWD"]
    assert all(m.currency != "KWD" for m in find_money("Nike said its KD 17 shoe sold out within an hour."))


def test_a_markets_gap_from_a_record_told_after_its_price_and_move_is_the_markets():
    found = find_money("Cocoa futures settled at $6,120 a tonne on Friday, down 1.4%, leaving them about 40% below "
                       "the record of $10,200 set in April.")
    assert [(m.text, m.market_kind, m.percent) for m in found if m.percent is not None] == [
        ("1.4%", "other", -1.4), ("40%", "other", -40.0)]


def test_a_level_told_down_from_a_record_moved_down_from_it():
    found = find_money("Robusta stood at $4,450 a tonne on Friday, down from a record $5,800 set in February.")
    assert [(m.text, m.direction) for m in found] == [("$4,450", "down"), ("$5,800", "")]


def test_a_company_s_revenue_told_after_a_pay_rise_stays_a_row():
    found = find_money("Staff got a 3% pay rise in April, and the grocer's revenue rose 12% to $4 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("12%", "revenue"), ("$4 billion", "revenue")]


def test_a_multiple_of_the_money_earned_from_a_count_stays_a_row():
    found = find_money("The studio said revenue from its subscribers doubled last year.")
    assert [(m.text, m.market_kind) for m in found] == [("doubled", "revenue")]


def test_sums_in_soums_are_read_in_uzbek_soums_with_a_magnitude_or_thousands_separators():
    text = ("Hamkor Bank lent 95 billion soums ($7.9 million) to the textile mill, and its shares climbed 3.1% to "
            "12,400 soums in Tashkent. In 2019 soum notes were redesigned.")
    assert [(m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [
        ("UZS", 95e9), ("UZS", 12400)]


def test_a_slash_after_an_s_is_the_peruvian_sol_in_a_story_that_names_peru_and_a_fraction_elsewhere():
    text = ("LIMA - Shares of Peruvian cement maker Andes Cementos rose 2.6% to S/4.35 on Wednesday, valuing it at "
            "about S/3.4 billion, with free delivery on orders above S/50.")
    assert [(m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [
        ("PEN", 4.35), ("PEN", 3.4e9)]
    assert [m.text for m in find_money("About 3/4 of the 2/3 majority voted, and S/4.35 is a part number.")] == []


def test_a_sum_expected_by_analysts_in_the_passive_takes_the_kind_of_the_sum_reported():
    assert kind_by_text("Adjusted EBITDA fell to 880 million kroner in the quarter from 1.1 billion kroner a year "
                        "earlier, short of the 950 million kroner forecast by analysts.")[
        "950 million kroner"] == "profit"


def test_a_sum_told_again_in_brackets_in_a_second_currency_other_than_dollars_is_one_row_of_the_first():
    mention = one("The new sorting centre in Kraków cost about 96 million zlotys (€22.6 million), the operator said.")
    assert (mention.amount, mention.currency, mention.amount_usd) == (96e6, "PLN", None)
    assert mention.text == "96 million zlotys (€22.6 million)"


@pytest.mark.parametrize("sentence, percent", [
    ("Sugar prices climbed 2.4% in London on Thursday as dry weather hit the cane harvest in Brazil.", 2.4),
    ("Cotton prices slid 1.8% on Monday after China cut its import quota.", -1.8),
])
def test_a_commodity_s_prices_that_open_a_sentence_move_as_the_whole_market_and_name_no_company(sentence, percent):
    mention = one(sentence)
    assert (mention.percent, mention.market_kind, mention.subject) == (percent, "other", "")


@pytest.mark.parametrize("sentence, percent", [
    ("The brewer's revenue came to 1.9 billion euros in the half, 3.5% less than in the first half of 2024.", -3.5),
    ("The chain's sales reached 640 million pounds in the quarter, 7% more than in the same quarter of 2024.", 7.0),
])
def test_a_percentage_more_or_less_than_in_an_earlier_period_takes_its_direction(sentence, percent):
    move = [m for m in find_money(sentence) if m.percent is not None]
    assert [(m.percent, m.direction) for m in move] == [(percent, "down" if percent < 0 else "up")]


def test_a_superlative_with_its_noun_left_out_takes_the_noun_the_sentence_before_ranked():
    found = find_money(
        "Alibaba's IPO was the biggest ever in New York. The second-largest, $18 billion, was Visa's in 2008.")
    assert [(m.text, m.market_kind) for m in found if m.amount] == [("$18 billion", "ipo")]


def test_a_superlative_with_its_noun_left_out_after_no_ranking_names_nothing():
    found = find_money("The charity's appeal raised money from 400 donors. The largest, $2 million, came from a trust.")
    assert [(m.text, m.market_kind) for m in found] == [("$2 million", "other")]


def test_rose_wine_names_a_wine_so_its_price_moves_no_way():
    mention = one("Rose wine from Provence fetched 3.10 euros a litre at the Marseille auction on Thursday.")
    assert (mention.amount, mention.direction, mention.market_kind) == (3.10, "", "other")


@pytest.mark.parametrize("row", [row for row in load_table("money/names.tsv") if row["role"] == "when"],
                         ids=lambda row: row["word"])
def test_every_day_or_month_opening_a_name_is_dropped_from_the_front_of_whose_figure_it_is(row):
    # (each example opens "On <day>" or "In <month>", then the name of the company whose figure follows)
    word = row["example"].split()[1]
    found = find_money(row["example"])
    assert found and all(m.subject and not m.subject.startswith(f"{word} ") and m.subject in row["example"]
                         for m in found), [m.subject for m in found]


def test_a_bare_currency_word_takes_the_currency_the_story_named_in_full_before_it():
    found = find_money("Sonarwa earned 3.1 billion Burundian francs last year, up from 2.6 billion francs. "
                       "Its shares rose 2% to 640 francs on Monday.")
    assert [(m.text, m.currency) for m in found if m.amount] == [
        ("3.1 billion Burundian francs", "BIF"), ("2.6 billion francs", "BIF"), ("640 francs", "BIF")]


def test_a_bare_currency_word_told_before_the_full_name_takes_the_full_name_after_it():
    found = find_money("The lender will pay a dividend of 12 francs. It earned 41 billion CFA francs in the year.")
    assert [m.currency for m in found if m.amount] == ["XOF", "XOF"]


def test_the_level_a_currency_named_by_its_country_trades_at_is_an_exchange_rate_and_no_row():
    kinds = kind_by_text("The Congolese franc has weakened 12% this year, trading at about 2,850 francs on Monday.")
    assert kinds == {"12%": "other"}


def test_a_trigger_in_a_relative_clause_of_an_apposition_says_nothing_of_the_stock_after_it():
    kinds = kind_by_text("Shares of Orbis Pay, a Lagos-listed processor that handles about a third of the country's "
                         "card orders, rose 6.2% to 14.80 naira on Friday.")
    assert kinds == {"6.2%": "share_move", "14.80 naira": "share_price"}


@pytest.mark.parametrize("text", [
    "Kenyan vendors on Jumia sold goods worth 4.2 billion shillings in the first half, up 12% from 3.75 billion "
    "shillings a year earlier.",
    "Polish sellers on the marketplace sold 2.3 billion zlotys of furniture in the year.",
])
def test_what_sellers_on_a_platform_sold_is_its_transaction_volume(text):
    assert {m.market_kind for m in find_money(text) if m.amount} == {"transaction_volume"}


def test_bare_sales_told_right_after_what_a_platforms_sellers_sold_go_on_telling_of_them():
    found = find_money("Kenyan vendors on Jumia sold goods worth 4.2 billion shillings in the first half. The manager "
                       "said sales should reach 9 billion shillings this year.")
    assert [m.market_kind for m in found] == ["transaction_volume", "transaction_volume"]


def test_a_companys_own_sales_after_what_sellers_sold_on_a_platform_stay_its_revenue():
    found = find_money("Kenyan vendors on Jumia sold goods worth 4.2 billion shillings in the first half. Its sales "
                       "should reach 9 billion shillings this year.")
    assert [m.market_kind for m in found] == ["transaction_volume", "revenue"]


@pytest.mark.parametrize("text", [
    "The duty-free limit for parcels bought online was lowered to $50 from $200 at the start of July.",
    "The regulator kept the 40% surcharge on bank profits above the long-run average in place.",
    "Under the bill, lenders would pay a levy of 3% of their assets, against a flat 1.5% under the current rules.",
    "The contract pays a bonus to the seller when copper trades above $12,000 a tonne for a month.",
])
def test_a_threshold_or_a_levys_rate_makes_no_row(text):
    assert find_money(text) == []


def test_what_a_company_paid_in_taxes_or_a_levy_is_money_it_paid_not_invested():
    assert one("The refiner said it paid 2.4 billion rand in taxes and royalties last year.").market_kind == "other"


@pytest.mark.parametrize("sentence", [
    "Production at the mine climbed to 5.1 million pounds of copper in the quarter, and it expects to mine 21 million "
    "pounds this year.",
    "The co-operative paid its suppliers a record 68 cents per litre last season.",
    "Analysts expect a price of $8.10 for the coming season.",
])
def test_pounds_of_a_good_a_price_paid_to_suppliers_by_the_litre_and_a_seasons_price_are_no_money(sentence):
    assert find_money(sentence) == []


def test_a_sum_in_kuna_is_croatias_old_currency_and_its_euros_in_brackets_restate_it():
    mention = one("Podravka's revenue rose to 4.6 billion kuna (610 million euros) in 2021.")
    assert (mention.amount, mention.currency, mention.market_kind) == (4.6e9, "HRK", "revenue")


def test_a_dairy_auctions_price_index_moves_as_its_market_does():
    mention = one("The GDT price index rose 2.4% at Tuesday's auction, led by butter.")
    assert (mention.percent, mention.direction, mention.market_kind) == (2.4, "up", "other")


@pytest.mark.parametrize("sentence", [
    "Milk collections in the season to date were 2.4% lower than a year earlier, the co-operative said.",
    "Container volumes in May were 3% higher than a year earlier.",
    "Streams of the band's back catalogue rose 25% in the week after the reunion was announced.",
])
def test_a_volume_or_a_count_of_plays_that_opens_its_sentence_is_no_money_however_its_change_is_told(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Zoopla said new-seller asking prices dipped 0.7% in February, the third monthly drop in a row.",
    "Median asking prices climbed 1.3% to a record £378,000 as spring buyers returned, the portal said on Monday.",
])
def test_what_home_sellers_ask_is_a_house_price_statistic(sentence):
    assert find_money(sentence) == []


def test_asking_prices_for_a_good_stay_its_market_prices():
    found = find_money("Exporters' asking prices for Black Sea wheat rose $4 to $236 a tonne this week.")
    assert [m.text for m in found] == ["$4", "$236"]


@pytest.mark.parametrize("sentence, written", [
    ("Last year's 12.12 campaign brought in 8.4 billion pesos, a figure the platform now treats as the floor.",
     "8.4 billion pesos"),
    ("Lazada last published a festival figure of 61 billion baht in 2022.", "61 billion baht"),
    ("The group said its festival total reached 312 billion yuan, up 9% from a year earlier.", "312 billion yuan"),
])
def test_what_a_shopping_festival_or_a_sales_campaign_took_in_is_transaction_volume(sentence, written):
    assert kind_by_text(sentence)[written] == "transaction_volume"


def test_the_words_a_pattern_needs_are_read_off_its_alternatives_and_none_when_one_may_hold_none():
    from pipeline.money.lexicon import required_words
    assert required_words(r"\b(?:council|(?-i:Centre))(?!-)") == {"council", "centre"}
    assert required_words(r"(?:the\s+)?(?:district|(?:school\s+)?board)s?\b") == {"district", "board"}
    assert required_words(r"(?:the\s+)?(?:[A-Z]\w*\s+)?(?:a|of)") is None
    assert required_words(r"(?:authorities)?\s+spent") == {"spent"}


def test_a_public_body_that_may_stand_anywhere_is_found_with_or_without_its_words_being_looked_for_first():
    import re
    from pipeline.money.lexicon import PublicBodyGate
    anywhere = r"(?:(?:\b(?:council|ministry)(?!-))|(?:(?-i:\bCentre)))"
    gate = PublicBodyGate(f"(?:(?:Kenya)|(?s:.*?){anywhere})", "(?:Kenya)", anywhere)
    body = re.compile(f"(?:(?:Kenya)|(?s:.*?){anywhere})", re.I)
    for text in ("Officials said the city council will borrow about 9 billion shillings for new roads.",
                 "The Centre has released Rs 1,200 crore to flood-hit states, officials said.",
                 "The centre-left bloc said the city would spend about $40 million on buses.",
                 "Kenya plans to borrow about $1.5 billion.", "Safaricom said it would spend about $300 million."):
        end = text.index("$") if "$" in text else len(text)
        assert gate.stands(text, 0, end) == (body.match(text, 0, end) is not None), text


@pytest.mark.parametrize("text, kind", [
    ("Merchants on Amazon sold more goods than ever, and the company's revenue rose to $575 billion.", "revenue"),
    ("Vendors on Jumia sold more phones in the quarter, while Jumia's revenue rose to $45 million.", "revenue"),
    ("Sellers on Amazon sold 60% of the units, while Amazon's own sales rose to $200 billion.", "revenue"),
])
def test_a_companys_own_revenue_told_after_what_sellers_on_its_platform_sold_stays_its_revenue(text, kind):
    assert [m.market_kind for m in find_money(text) if m.amount] == [kind]


def test_bare_total_sales_opening_the_sentence_after_what_a_platforms_sellers_sold_go_on_telling_of_them():
    found = find_money("Ugandan vendors on Jumia sold goods worth 1.1 trillion shillings in the half. Total sales "
                       "should reach 2.5 trillion shillings this year, the manager said.")
    assert [m.market_kind for m in found] == ["transaction_volume", "transaction_volume"]


def test_a_project_told_as_valued_at_after_that_of_a_verb_of_telling_is_its_deal_money():
    # ("that" opens what was said, no clause of who valued: a copula makes "valued" passive)
    kinds = kind_by_text("The ministry said that the port project is valued at 900 million dirhams.")
    assert kinds == {"900 million dirhams": "investment"}


def test_a_bare_currency_word_before_any_figure_names_it_in_full_is_the_datelines_currency():
    # (the first figure named in full after it is another country's: the dateline's place settles the bare word)
    found = find_money("DAKAR (Reuters) - Sonatel reported its results on Tuesday. Its shares rose 2% to 14,800 "
                       "francs. Separately, Vodacom's Congolese unit earned 40 billion Congolese francs last year.")
    assert {m.text: m.currency for m in found if m.amount} == {"14,800 francs": "XOF",
                                                                "40 billion Congolese francs": "CDF"}


def test_a_foreign_currency_named_in_full_holds_to_its_paragraphs_end_and_the_datelines_comes_back_after():
    found = find_money("Phone company to build masts\n\nCHISINAU, May 4 (Reuters) - Purcari, the Bucharest-listed "
                       "winemaker, said its profit rose to 60 million Romanian lei in 2025. Its shares then rose 2% to "
                       "14 lei.\n\nMoldtelecom, the state telephone company, said on Monday it would spend 500 "
                       "million lei on new masts.")
    assert {m.text: m.currency for m in found if m.amount} == {"60 million Romanian lei": "RON", "14 lei": "RON",
                                                                "500 million lei": "MDL"}


def test_a_later_paragraph_that_refers_back_keeps_the_foreign_currency_named_in_full():
    head = ("Lender reports\n\nNAIROBI, May 4 (Reuters) - Stanbic Uganda said its profit rose to 400 billion Ugandan "
            "shillings.")
    found = find_money(head + "\n\nThe bank paid 90 billion shillings in dividends, it said.")
    assert {m.text: m.currency for m in found if m.amount}["90 billion shillings"] == "UGX"
    # a new subject in a later paragraph is told in the dateline's shillings
    found = find_money(head + "\n\nEquity Group said it earned 60 billion shillings in the half year.")
    assert {m.text: m.currency for m in found if m.amount}["60 billion shillings"] == "KES"


@pytest.mark.parametrize("sentence, expected", [
    ("Data provider Vantage put combined sales across all major e-commerce platforms during the 618 event at "
     "912 billion yuan, up 9% from a year earlier.",
     [("912 billion yuan", "transaction_volume"), ("9%", "transaction_volume")]),
    ("Total online sales across platforms came to 1.52 trillion yuan over the 20-day festival, a researcher said.",
     [("1.52 trillion yuan", "transaction_volume")]),
    ("Analysts estimated that GMV across all major platforms reached 1.41 trillion yuan during the festival, "
     "up 11.3% from a year earlier.",
     [("1.41 trillion yuan", "transaction_volume"), ("11.3%", "transaction_volume")]),
    ("Total sales across platforms reached 512 billion yuan in 2023 and fell 3% to 497 billion yuan in 2024.",
     [("512 billion yuan", "transaction_volume")]),
])
def test_a_total_all_platforms_sold_during_a_shopping_event_is_what_shoppers_transacted(sentence, expected):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The dairy co-operative paid its farmers about NZ$13.4 billion for the 2024/25 season, a record.",
     [("NZ$13.4 billion", "other")]),
    ("The sugar mills have paid farmers 31,000 crore rupees so far this season.", [("31,000 crore rupees", "other")]),
])
def test_what_a_buyer_pays_farmers_in_all_is_their_payout_not_money_invested(sentence, expected):
    assert [(m.text, m.market_kind) for m in find_money(sentence)] == expected


def test_claims_above_a_pooling_threshold_and_the_threshold_are_insurers_figures():
    found = find_money("Claims above the mutuals' $5 million pooling threshold came to about $310 million last year.")
    assert [(m.text, m.market_kind) for m in found] == [("$5 million", "other"), ("$310 million", "other")]


def test_what_sellers_took_through_two_sites_is_what_they_sold_on_them():
    found = find_money("Slovenian craft makers sold goods worth 12.5 million euros through both platforms last year, "
                       "the chamber said.")
    assert [(m.text, m.market_kind) for m in found] == [("12.5 million euros", "transaction_volume")]


def test_currencies_of_the_caucasus_central_asia_and_the_balkans_are_read_with_their_guards():
    text = "BAKU - Shares of Kapital Bank rose 2.4% to 12.60 manats on Tuesday after the lender raised its dividend."
    assert [(m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [("AZN", 12.6)]
    text = "First Investment Bank earned 120 million levs (61.4 million euros) last year, the Sofia lender said."
    assert [(m.currency, m.amount) for m in find_money(text) if m.amount is not None] == [("BGN", 120e6)]
    # "som" is also a word and a name: a sum in it needs its magnitude and a story that names Kyrgyzstan
    assert [(m.currency, m.amount) for m in find_money(
        "The Kyrgyz gold miner paid 10.4 billion som in taxes last year.") if m.amount is not None] == [("KGS", 10.4e9)]
    assert [m.text
            for m in find_money("The village shop lent Som Kumar 200 som and a further 3 million som later.")] == []
    assert [m.text for m in find_money("Thousands of Leones fans and millions of Lev Yashin admirers cheered.")] == []
    text = "The Turkmen state gas company will invest 3 billion manat in a new pipeline to China."
    assert [m.currency for m in find_money(text) if m.amount is not None] == ["TMT"]


def test_a_metal_bought_at_an_average_price_per_ounce_is_the_markets_price():
    found = find_money("The Reserve Bank of India bought at an average price of $3,310 an ounce in the June quarter, "
                       "its filing showed.")
    assert [(m.text, m.market_kind) for m in found] == [("$3,310", "other")]


def test_a_pronoun_after_a_sentence_a_commodity_opens_trades_at_the_commoditys_price():
    found = find_money("Silver hit a record $54.47 an ounce on Friday. It traded at $51.20 on Monday afternoon.")
    assert [(m.text, m.market_kind) for m in found] == [("$54.47", "other"), ("$51.20", "other")]


def test_a_pronoun_after_a_company_still_trades_at_its_share_price():
    found = find_money("Fresnillo reported a record silver output on Friday. It traded at 2,140 pence on Monday.")
    assert [(m.text, m.market_kind) for m in found] == [("2,140 pence", "share_price")]
    found = find_money("Gold miner Halvard rose 3% on Monday. It traded at $41.20 on Tuesday.")
    assert [(m.text, m.market_kind) for m in found] == [("3%", "share_move"), ("$41.20", "share_price")]


def test_what_purchases_were_worth_is_the_goods_bought_not_a_market_value():
    found = find_money("Turkey's central bank bought 14 tonnes of gold in August, and the purchases were worth about "
                       "$1.5 billion.")
    assert [(m.text, m.market_kind) for m in found] == [("$1.5 billion", "other")]


def test_the_claims_a_reinsurance_cover_pays_up_to_are_no_profit():
    found = find_money("The excess-of-loss treaty, renewed on Jan. 1, covers claims up to $750 million.")
    assert [(m.text, m.market_kind) for m in found] == [("$750 million", "other")]


def test_a_value_apposed_after_a_stocks_move_is_its_market_value_and_no_later_sum_is_valued():
    found = find_money("Shares of Bergen Reefer fell 2.2% to 88.10 crowns on Tuesday. The company, valued at about "
                       "4.1 billion crowns, said its fuel costs would rise by $6 million this year.")
    assert [(m.text, m.market_kind) for m in found if m.amount] == [
        ("88.10 crowns", "share_price"), ("4.1 billion crowns", "market_cap"), ("$6 million", "other")]


def test_a_fee_for_one_use_of_a_service_is_its_price_but_a_fee_in_millions_stays_a_row():
    assert find_money("Passengers were angry after the airport added a parking fee of 45 rand for drop-offs.") == []
    assert [m.text for m in find_money("The lender paid a filing fee of $2 million to the regulator.")] == [
        "$2 million"]


def test_what_a_hub_will_cost_is_money_invested():
    found = find_money("The new parcel hub will cost 31 million zlotys, the courier said on Monday.")
    assert [(m.text, m.market_kind) for m in found] == [("31 million zlotys", "investment")]


def test_a_pronoun_after_a_stocks_market_value_moves_the_stock():
    found = find_money("Shares in the club rose 8% to 14.20 crowns on Friday, valuing it at about 1.2 billion crowns. "
                       "They have more than tripled in the past two years.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("8%", "share_move"), ("14.20 crowns", "share_price"), ("1.2 billion crowns", "market_cap"),
        ("tripled", "share_move")]


def test_a_players_fee_told_before_the_deal_he_signs_on_is_no_deal_money():
    found = find_money("Brondby signed the Swedish defender from Hammarby for 18 million crowns on a deal that runs "
                       "until 2029.")
    assert [(m.text, m.market_kind) for m in found] == [("18 million crowns", "other")]


@pytest.mark.parametrize("text", [
    "Greek olive growers sold goods worth 31 million euros through Amazon and eBay in the year to June.",
    "Moroccan potters sold goods worth 210 million dirhams via Jumia last year.",
])
def test_goods_sold_through_a_marketplace_told_by_name_are_its_transaction_volume(text):
    assert [m.market_kind for m in find_money(text) if m.amount] == ["transaction_volume"]


def test_sellers_on_a_street_are_no_platforms_sellers():
    assert [m.market_kind for m in find_money("Traders on Regent Street sold goods worth 65 million pounds over "
                                              "the Christmas weeks.")] == ["other"]


@pytest.mark.parametrize("text", [
    "The Treasury raised 3.5 billion euros in a 15-year bond sale on Wednesday, the debt office said.",
    "The finance minister said the government would tap the market again in June with a 2 billion-cedi issue.",
    # the proceeds a public body uses are its debt too
    "The province of Salta priced a $350 million bond due 2033 on Thursday. The province will use about $200 "
    "million of the proceeds to repay a loan.",
    # the body the subject past a relative clause
    "The province of Jujuy, which defaulted in 2020, priced a $250 million bond on Monday.",
])
def test_a_bond_sale_of_a_public_body_is_its_borrowing_and_makes_no_row(text):
    assert find_money(text) == []


def test_a_companys_bond_sale_stays_a_row_beside_a_public_body_word():
    found = find_money("Bank Mandiri, the state lender, raised 5 trillion rupiah in a bond sale on Tuesday.")
    assert [m.text for m in found] == ["5 trillion rupiah"]
    assert kinds_of("Grupo Sur priced a $350 million bond due 2033 on Thursday.") == [("$350 million", "investment")]
    # a state-owned company a description names stays a row
    assert kinds_of("Petrosur, the state oil company, priced a $900 million bond on Monday.") == [
        ("$900 million", "investment")]


def test_a_dateline_with_a_date_after_its_town_still_sets_the_local_currency():
    found = find_money("KAMPALA, March 4 (Reuters) - MTN Uganda said its profit would top 500 billion shillings "
                       "this year. Safaricom earned 70 billion Kenyan shillings in the half.")
    assert {m.text: m.currency for m in found if m.amount} == {"500 billion shillings": "UGX",
                                                                "70 billion Kenyan shillings": "KES"}


def test_a_local_sign_is_money_under_a_dateline_with_a_date_after_its_town():
    # (the town alone sets the sign's currency: with the date read as the town's region, "SR41.30" is no money)
    found = find_money("RIYADH, Nov 3 (Reuters) - Shares of the lender rose 1.8% to SR41.30 on Sunday.")
    assert [(m.text, m.currency) for m in found if m.amount] == [("SR41.30", "SAR")]


def test_a_companys_spending_told_after_its_currencys_slide_is_a_row():
    found = find_money("The Ugandan shilling's slide pushed MTN Uganda to trim its investment budget to 600 billion "
                       "shillings for the year.")
    assert [m.text for m in found] == ["600 billion shillings"]


def test_bare_sales_of_a_shopping_event_and_their_level_are_what_it_transacted():
    found = find_money("Spending during the Cyber Monday event climbed 6.1% to $14.2 billion, according to Adobe.")
    assert [(m.text, m.market_kind) for m in found] == [("6.1%", "transaction_volume"),
                                                         ("$14.2 billion", "transaction_volume")]


def test_a_plain_sum_forecast_after_a_sum_of_a_kind_in_its_sentence_is_of_that_measure():
    found = find_money("Polish buyers spent about 1.9 billion zlotys on Shein last year, according to the consultancy "
                       "Gemius, which expects 2.4 billion zlotys this year.")
    assert [m.market_kind for m in found] == ["transaction_volume", "transaction_volume"]


def test_a_value_apposed_after_a_stocks_move_to_no_business_is_no_market_value():
    # (review h-revf53) only a company's noun or a name after the first word is the listed company valued
    found = find_money("Shares of Tromsvik fell 2.8% to 61.40 crowns on Monday. The deal, valued at about 5.2 billion "
                       "crowns, is expected to close in March.")
    assert [m.market_kind for m in found if m.text == "5.2 billion crowns"] != ["market_cap"]
    found = find_money("Shares of Tromsvik fell 2.8% to 61.40 crowns on Monday. The new quay, valued at about 700 "
                       "million crowns, opens in 2027.")
    assert [m.market_kind for m in found if m.text == "700 million crowns"] != ["market_cap"]
    found = find_money("Shares of Tromsvik fell 2.8% to 61.40 crowns on Monday. The Tromso group, valued at about 5.2 "
                       "billion crowns, said it would cut 120 jobs.")
    assert [m.market_kind for m in found if m.text == "5.2 billion crowns"] == ["market_cap"]


def test_sales_at_a_named_retailer_during_a_shopping_festival_are_its_own():
    found = find_money("Sales at Kmart stores on Black Friday rose 3.4% from a year earlier.")
    assert [(m.percent, m.market_kind) for m in found] == [(3.4, "revenue")]
    found = find_money("Sales at Black Friday events rose 3.4% to $9.1 billion, Adobe said.")
    assert [m.market_kind for m in found] == ["transaction_volume", "transaction_volume"]


def test_a_bond_sale_after_a_public_bodys_other_verb_of_raising_is_the_borrowers_own():
    found = find_money("The central bank raised rates on Thursday and Transnet raised 4 billion rand in a bond sale.")
    assert [m.text for m in found] == ["4 billion rand"]
    assert find_money("The finance ministry raised 4 billion rand in a bond sale on Thursday.") == []


def test_a_public_body_going_elsewhere_than_the_market_borrows_no_sum_told_with_an_auction():
    found = find_money("The government went to court over $3 billion in an auction dispute with the telecoms group.")
    assert [m.text for m in found] == ["$3 billion"]
    assert find_money("The government went back to the bond market for 2 billion euros in a 10-year bond sale.") == []


def test_the_indian_ocean_named_beside_rupees_hints_no_indian_rupee():
    found = find_money("Seychelles Commercial Bank, the third-largest lender among the Indian Ocean islands, set aside "
                       "Rs 410 million for bad loans, Mauritius-based analysts said.")
    assert [m.currency for m in found if m.amount is not None] == ["MUR"]


def test_a_hike_after_which_a_rate_would_reach_a_level_moves_it_up():
    found = find_money("Most strategists see one more hike in May, which would take the policy rate to 3.85%.")
    assert [(m.percent, m.direction) for m in found] == [(3.85, "up")]


def test_premiums_an_insurer_earned_are_its_revenue_not_its_profit():
    found = find_money("The state-backed crop insurer earned about $1.4 billion in premiums in the 2025 season.")
    assert [m.market_kind for m in found] == ["revenue"]


def test_sales_of_a_nations_brands_during_a_shopping_festival_stay_the_festivals():
    found = find_money("Sales of Korean beauty brands during the Black Friday weekend rose 11%, the data firm said.")
    assert [(m.percent, m.market_kind) for m in found] == [(11.0, "transaction_volume")]
    found = find_money("Sales of Galaxy phones during the Black Friday weekend rose 11%, Samsung said.")
    assert [(m.percent, m.market_kind) for m in found] == [(11.0, "revenue")]


def test_bare_prices_and_sales_in_a_house_price_release_are_its_statistic():
    text = ("Australian home prices rise for a fifth month\n"
            "Home values rose in every capital in April, the data firm said on Friday.\n\n"
            "In Perth prices were up 8.2% over the year to a median of A$812,000. Sales volumes were 3% lower than a "
            "year earlier. Shares in builder Stockland rose 1.1% to A$5.32.\n")
    found = find_money(text)
    assert [(m.text, m.market_kind) for m in found] == [("1.1%", "share_move"), ("A$5.32", "share_price")]


def test_a_full_year_total_of_no_measure_is_of_the_lead_figures_kind():
    text = ("Polish farmers sold produce worth 31 million euros through Allegro in the first nine months.\n\n"
            "Allegro said on Tuesday that orders had grown since it added a same-day service in Poznan. A spokesman "
            "said "
            "the company expected the full-year total to top 42 million euros.\n")
    assert [m.market_kind for m in find_money(text)] == ["transaction_volume", "transaction_volume"]
    # a total of another size is no total of the lead's measure ("the total for the year to 7.6p")
    text = ("Harbour Foods made a pre-tax profit of £52m last year.\n\nIt will pay a final dividend of 3p, "
            "taking the total for the year to 4.5p.\n")
    assert [m.market_kind for m in find_money(text) if m.text == "4.5p"] == ["other"]
    # a noun of its own right after the total names what it totals, no measure of the lead's
    text = ("Greek potters sold goods worth 6 million euros through Etsy in the first half.\n\n"
            "The guild expects the full-year total to pass 11 million euros in shipping costs.\n")
    assert [m.market_kind for m in find_money(text)] == ["transaction_volume", "other"]


def test_a_range_guided_for_the_full_year_after_a_half_s_revenue_is_revenue_at_both_ends():
    text = ("Q: How is the year shaping up?\n\nA: We booked roughly $860 million of revenue in the first half, a "
            "little ahead of plan. For the full year we are guiding to $1.7 billion to $1.8 billion.\n")
    assert [(m.text, m.market_kind) for m in find_money(text)] == [
        ("$860 million", "revenue"), ("$1.7 billion", "revenue"), ("$1.8 billion", "revenue")]
    # (after a comma the full year opens a clause of its own, no total of the lead's)
    text = ("We booked roughly $860 million of revenue in the first half.\n\nFor the full year, the foundation "
            "gave away $12 million.\n")
    assert [m.market_kind for m in find_money(text) if m.text == "$12 million"] != ["revenue"]


# another named company is a valuation; the stock's own name, with a noun before it or a suffix after it, its market
# value
@pytest.mark.parametrize("text, figure, kind", [
    ("Shares of Solvik fell 2.8% to 96.40 crowns on Tuesday. Family-owned Nordlys, valued at about 4 billion "
     "crowns, said it would buy two of Solvik's ferries.", "4 billion crowns", "valuation"),
    ("Shares of Solvik fell 2.8% to 96.40 crowns on Tuesday. Ferry operator Solvik, valued at about 9 billion "
     "crowns, said it would sell two ferries.", "9 billion crowns", "market_cap"),
    ("Shares of Solvik fell 2.8% to 96.40 crowns on Tuesday. Solvik ASA, valued at about 9 billion crowns, said "
     "it would sell two ferries.", "9 billion crowns", "market_cap"),
    # a legal form two names end in tells no company of its own
    ("Shares of Brevik Group slid 1.9% to 54.10 crowns on Wednesday. Rival Fjordline Group, valued at about 3 "
     "billion crowns, said it was in talks to buy the ferry unit.", "3 billion crowns", "valuation"),
])
def test_a_company_valued_after_a_stocks_move_is_its_market_value_only_under_the_stocks_own_name(text, figure, kind):
    assert [m.market_kind for m in find_money(text) if m.text == figure] == [kind]


def test_the_datelines_town_that_budgets_a_sum_lays_out_public_money():
    text = ("Snow costs mount\n\nBRAMLEY, Pa. - The borough's plows have run for nine straight days.\n\n"
            "Bramley budgeted $840,000 for road salt this winter. Keystone Salt Co said its shares rose 3% on "
            "Monday.\n")
    assert [m.text for m in find_money(text)] == ["3%"]
    # a company of another name keeps its own budget
    text = ("Snow costs mount\n\nBRAMLEY, Pa. - The borough's plows have run for nine straight days.\n\n"
            "Keystone Salt budgeted $840,000 for new trucks this winter.\n")
    assert [m.text for m in find_money(text)] == ["$840,000"]
    # a team or a company goes by its city's name too: a town the story never tells as a public body spends no
    # public money
    text = ("Sox go big in free agency\n\nBOSTON - The Red Sox were the busiest team of the winter meetings.\n\n"
            "Boston spent $310 million on four free agents, the most of any club.\n")
    assert [m.text for m in find_money(text)] == ["$310 million"]


def test_sales_during_the_festival_after_a_named_shopping_festival_are_what_it_transacted():
    text = ("Shopee opened its 12.12 shopping festival at midnight with vouchers for 9 million shoppers.\n\n"
            "Sales during the festival rose 14% from last year, the company said on Saturday.\n")
    assert [(m.percent, m.market_kind) for m in find_money(text)] == [(14.0, "transaction_volume")]
    text = ("The harbour town held its first seafood festival on Saturday.\n\n"
            "Sales during the festival rose 14% from last year, the organisers said.\n")
    assert find_money(text) == []


def test_what_the_festival_told_again_brought_in_after_a_named_shopping_festival_is_what_it_transacted():
    text = ("Flipkart closed its Big Billion Days shopping festival on Sunday after eight days of discounts.\n\n"
            "The 2024 festival, the first since the rupee's slide, brought in 1.1 trillion rupees, the company said.\n")
    assert [(m.amount, m.market_kind) for m in find_money(text)] == [(1.1e12, "transaction_volume")]
    # a festival of no shopping: what it took in stays its takings
    text = ("The town's jazz festival returned to the waterfront on Saturday.\n\n"
            "The 2024 festival, the first since the flood, brought in $1.1 million, the organisers said.\n")
    assert [(m.amount, m.market_kind) for m in find_money(text)] == [(1.1e6, "revenue")]


def test_what_a_play_took_at_the_box_office_and_what_it_has_taken_since_are_its_takings():
    found = find_money("The revival took £820,000 at the box office in its opening week, its producers said.")
    assert [m.market_kind for m in found] == ["revenue"]
    found = find_money("The horror sequel was fourth with $5.9 million. It has taken $38 million in three weeks.")
    assert [m.market_kind for m in found] == ["revenue", "revenue"]
    found = find_money(
        "The carmaker reported revenue of $14 billion. It has taken $1.2 billion in charges on the model.")
    assert [m.market_kind for m in found] == ["revenue", "other"]


def test_what_it_took_in_after_a_profit_or_from_someone_after_takings_is_no_takings():
    found = find_money("The hedge fund reported a profit of $900 million last year. It took in $250 million in 2025.")
    assert [m.market_kind for m in found] == ["profit", "other"]
    found = find_money("The touring musical reported revenue of £14 million. It has taken £3 million from its backers.")
    assert [m.market_kind for m in found] == ["revenue", "other"]
    found = find_money("The touring musical reported revenue of £14 million. It took in £3 million over the summer.")
    assert [m.market_kind for m in found] == ["revenue", "revenue"]


def test_costs_a_court_orders_paid_beside_a_fine_are_part_of_the_penalty_and_compensation_is_no_investment():
    found = find_money("The haulier must also pay £120,000 in compensation to the family and £45,000 in prosecution "
                       "costs, the court ruled.")
    assert [m.market_kind for m in found] == ["other", "fine"]


@pytest.mark.parametrize("sentence", [
    "Tokopedia, backed by GoTo, handled goods worth 95 trillion rupiah in the first half.",
    "The marketplace has handled goods worth $3 billion in the first half.",
])
def test_goods_a_marketplace_handled_are_what_it_transacted(sentence):
    found = find_money(sentence)
    assert [m.market_kind for m in found] == ["transaction_volume"]


# (a port that names a marketplace in an aside of its own handles no marketplace's goods)
@pytest.mark.parametrize("sentence", [
    "The container port handled goods worth $14 billion in the first half.",
    "Customs officers at the port, which serves Amazon and eBay, handled goods worth $14 billion.",
])
def test_goods_a_port_handled_are_trade_no_transaction_volume(sentence):
    found = find_money(sentence)
    assert [m.market_kind for m in found] == ["other"]


def test_a_forecast_s_previous_range_is_of_the_new_forecast_s_measure_both_ends():
    found = find_money("The airline now expects core earnings of NZ$310 million to NZ$340 million for the year ending "
                       "June 30, up from a previous range of NZ$270 million to NZ$300 million.")
    assert [m.market_kind for m in found] == ["profit"] * 4


def test_a_show_that_closed_after_a_run_losing_a_sum_made_a_loss_no_market_value_change():
    found = find_money("The touring production closed after a 10-week run in Manchester, losing about £1.3 million.")
    assert [(m.market_kind, m.direction) for m in found] == [("profit", "down")]
    found = find_money("Kestrel's shares fell 8% on Monday, losing about $2 billion in market value.")
    assert [m.market_kind for m in found] == ["share_move", "market_value_change"]
    found = find_money("Kestrel fell 8% on Monday, losing about $2 billion.")
    assert "profit" not in [m.market_kind for m in found]


def test_a_payment_or_instalment_of_a_fine_told_before_is_that_fine_but_interest_payments_are_not():
    found = find_money("A court fined the water company £3 million on Tuesday. The first payment of £500,000 is due in "
                       "June, with the rest in quarterly instalments of about £250,000.")
    assert [m.market_kind for m in found] == ["fine", "fine", "fine"]
    found = find_money("The fine was £3 million. Its interest payments of £40,000 a month were unchanged.")
    assert [m.market_kind for m in found] == ["fine"]
    # a payment in another matter is no part of the fine
    found = find_money(
        "The agency fined the airline $2.5 million on Thursday. Separately, a rail operator made a payment "
        "of $400,000 to stranded passengers.")
    assert [m.market_kind for m in found] == ["fine", "other"]
    # but a word of another matter inside the fine's own sentence opens none ("and separately ordered")
    found = find_money("The regulator fined the insurer 6 million euros and separately ordered an audit. The first "
                       "payment of 2 million euros is due in May.")
    assert [m.market_kind for m in found] == ["fine", "fine"]


def test_what_people_spent_on_average_each_and_the_sum_it_rose_from_make_no_row():
    assert find_money("Visitors to the zoo spent an average of $23.60 each on food and gifts, up from $21.90 a year "
                      "earlier.") == []
    assert [m.amount for m in find_money("Shoppers spent an average of $3 billion each "
                                         "month on the platform.")] == [3e9]


def test_a_move_after_a_long_relative_clause_that_raised_money_is_the_stock_s():
    found = find_money("Shares in Norvind, which sold its Baltic grid business last spring and raised 9 billion kroner "
                       "in a rights issue in June, fell 2.2% to 64.10 kroner in Oslo on Friday.")
    assert [m.market_kind for m in found] == ["investment", "share_move", "share_price"]


def test_a_sum_of_goods_sold_to_buyers_through_a_named_marketplace_is_what_it_transacts():
    found = find_money("The wineries sold 41 billion pesos of wine to buyers abroad through Alibaba.com last year.")
    assert [(m.text, m.market_kind) for m in found] == [("41 billion pesos", "transaction_volume")]
    found = find_money("The wineries sold 41 billion pesos of wine through Alibaba.com in the first half, 30% more "
                       "than in the whole of 2024.")
    assert [(m.market_kind, m.percent, m.direction) for m in found] == [
        ("transaction_volume", None, ""), ("transaction_volume", 30.0, "up")]


def test_a_name_in_capitals_opening_a_lead_with_no_dash_is_no_datelines_town_that_lays_out_public_money():
    text = ("IBM, the U.S. computer company, said on Tuesday it would hire 2,000 staff. IBM budgeted $2 billion for "
            "new data centres this year.\n")
    assert [m.text for m in find_money(text)] == ["$2 billion"]


def test_a_full_year_total_after_a_stocks_price_is_of_the_first_sum_a_period_totals():
    text = ("Shares of Kestrel Mining rose 3% to $41.20 on Tuesday.\n\n"
            "The company expects the full-year total to pass $2 billion, its chief executive said.\n")
    assert [m.market_kind for m in find_money(text) if m.text == "$2 billion"] == ["other"]
    text = ("Shares of Kestrel Mining rose 3% to $41.20 on Tuesday after it reported revenue of $2 billion.\n\n"
            "The company expects the full-year total to pass $9 billion, its chief executive said.\n")
    assert [m.market_kind for m in find_money(text) if m.text == "$9 billion"] == ["revenue"]


def test_a_sum_lost_in_passing_with_a_noun_of_its_own_is_no_loss_of_a_business():
    found = find_money("The rebels held the town for a week, losing about $3 million in looted goods.")
    assert "profit" not in [m.market_kind for m in found]


def test_a_percentage_a_name_closed_after_a_session_at_is_its_stocks_move_but_a_run_closed_after_loses_a_sum():
    found = find_money("Alibaba closed after a volatile session 6.7% higher in Hong Kong.")
    assert [(m.market_kind, m.direction) for m in found] == [("share_move", "up")]
    found = find_money("The chain's flagship store closed after a two-year run, losing about $3 million.")
    assert [m.market_kind for m in found] == ["profit"]


def test_a_place_closed_for_a_stretch_was_shut_and_gives_its_sentence_no_trading_verb():
    # kinds.tsv "closed for": the library was shut, so the cut to its grant (public money) makes no row
    assert find_money("The library closed for nine months in 2021 and later shed staff after its county grant was cut "
                      "by 12%.") == []
    assert kinds_of("The foundry closed for three weeks of repairs, and its energy costs rose 9%.") == [("9%", "other")]
    # a stock that closed at a level still closed a trading day
    assert kinds_of("Norvik Shipyards closed 2.4% higher in Oslo.") == [("2.4%", "share_move")]


@pytest.mark.parametrize("sentence", [
    "From April, parcels valued above $2,000 will need a customs declaration, the ministry said.",
    "The government extended its help-to-buy scheme, worth up to £20,000 for first-time buyers, until 2028.",
    "Sales of garden furniture in the region rose 18 percent in the spring, the chamber said.",
    "Sales of school uniforms are expected to reach $95 million this summer, according to the Uniform Retailers "
    "Council, a trade group.",
    "A ten-pound bag of basmati rice cost about $24 at the market on Saturday.",
    "In the first nine months, 12,480 were completed, down 4 per cent on the same period of 2024.",
])
def test_a_threshold_a_public_scheme_a_trade_body_s_sector_sales_a_shop_price_and_a_count_make_no_row(sentence):
    assert find_money(sentence) == []


def test_stores_that_were_opened_are_no_stock_that_opened_higher():
    assert ("8%", "share_move") not in kinds_of("Some 420 stores were opened in the year, up 8% on 2024.")


def test_a_headline_price_that_rounds_a_shop_price_its_story_drops_is_dropped_too():
    story = ("Coffee lovers grumble as a bag of house blend tops $18\n\n"
             "PORTLAND – A one-pound bag of the house blend sold for $18.40 a pound at the roastery on Monday.\n")
    assert find_money(story) == []
    # a price the story keeps near the headline's keeps the headline's too
    kept = story.replace("sold for $18.40 a pound", "closed at $18.20")
    assert "$18" in [m.text for m in find_money(kept)]


def test_a_sum_a_pronoun_says_passed_with_a_measure_of_its_own_after_it_keeps_its_row():
    found = find_money("A pint of stout cost €6.20 in Galway in May. It passed €3 million in sales for the brewery "
                       "last year.")
    assert [(m.text, m.market_kind) for m in found] == [("€3 million", "revenue")]


def test_the_level_a_dividend_was_raised_to_after_the_size_of_the_rise_is_the_dividend_no_price():
    found = find_money("The utility lifted its interim dividend by 3 pence to 21 pence a share, payable in March.")
    assert [(m.text, m.market_kind) for m in found] == [("3 pence", "other"), ("21 pence", "other")]
    found = find_money("The board raised the dividend by 2 cents, and the stock rose 4 cents to $12.50 a share.")
    assert [m.market_kind for m in found if m.text == "$12.50"] == ["share_price"]


def test_a_good_quoted_per_kilo_after_a_word_of_trading_is_its_markets_price_no_stock():
    found = find_money("Cocoa butter traded at an average of 6.40 euros a kilo in Rotterdam last week, down from "
                       "7.10 euros in August.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [
        ("6.40 euros", "other", "down"), ("7.10 euros", "other", "")]


def test_what_growers_are_paid_a_kilo_and_a_shops_price_of_a_pack_make_no_row():
    assert find_money("The tea factory trimmed its green leaf rate to 19 shillings per kg for the new season.") == []
    assert find_money("The grocer said it would sell Peruvian mangoes at 25.9 yuan per 500 grams this week.") == []
    assert [m.market_kind for m in find_money("Jewellers sold gold at 78,000 rupees per 10 grams on Monday.")] == [
        "other"]


def test_a_cost_that_went_up_by_a_sum_in_a_place_is_no_stocks_move():
    found = find_money("Our fuel bills in Norway went up by about 900 kroner a truck this winter, the haulier said.")
    assert [(m.market_kind, m.direction) for m in found] == [("other", "up")]
    found = find_money("Alibaba was down HK$3.40 in Hong Kong.")
    assert [m.market_kind for m in found] == ["share_move"]


def test_a_small_deposit_for_the_item_it_is_left_on_makes_no_row():
    assert find_money("Cider at the fair comes in a souvenir glass, with a 2-euro deposit for the glass.") == []
    assert [m.text for m in find_money("The buyer paid a $20 million deposit for the site in March.")] == [
        "$20 million"]


def test_a_percentage_ahead_of_or_behind_last_year_is_a_move_up_or_down():
    found = find_money("Online sales were running 12% ahead of last year going into the holiday weekend.")
    assert [(m.percent, m.direction) for m in found] == [(12.0, "up")]
    found = find_money("Online sales were running 7% behind last year going into the holiday weekend.")
    assert [(m.percent, m.direction) for m in found] == [(-7.0, "down")]


def test_a_sum_paid_out_in_grants_or_named_subsidies_is_money_handed_out_no_investment():
    found = find_money("The provincial fund said it had paid out 410 million pesos in flood grants last year.")
    assert [m.market_kind for m in found] == ["other"]
    found = find_money("The delivery app set aside 2 billion yuan in subsidies for riders and restaurants.")
    assert [m.market_kind for m in found] == ["investment"]


def test_a_part_told_after_of_which_of_a_sum_that_makes_no_row_makes_none_but_a_part_of_revenue_stays():
    assert find_money("The fair brings about 60 million euros of visitor spending a year, of which about 20 million "
                      "euros is spent on food.") == []
    found = find_money("Revenue rose to $10 billion, of which $3 billion came from cloud.")
    assert [m.market_kind for m in found] == ["revenue", "revenue"]


def test_a_currency_some_percent_weaker_or_stronger_than_before_moved_down_or_up():
    found = find_money("The forint traded at 388 per euro on Friday, about 4% weaker than a year earlier.")
    assert [(m.percent, m.direction) for m in found] == [(-4.0, "down")]
    assert find_money("The company reported 10% weaker demand in Europe.") == []


def test_what_a_seller_offers_at_a_plain_sum_is_a_products_price_but_shares_offered_stay_the_deals():
    assert find_money("The ferry line offers day trips to the islands in summer at about 45 euros a head.") == []
    assert [m.market_kind for m in find_money("The group offered the shares at 3.10 euros each.")] == ["investment"]


def test_a_rent_told_as_monthly_before_its_noun_is_a_price_as_one_told_a_month_after_its_sum_is():
    assert find_money("The average monthly rent for a one-bedroom flat in Galway was €1,310 in the first quarter, "
                      "the tenancy board said.") == []
    assert kind_by_text("The landlord collected €4.9 million in rent in the year to March.") == {
        "€4.9 million": "revenue"}


def test_a_sum_after_a_currency_code_set_apart_is_no_bare_count_told_in_the_passive():
    # not_money.tsv's bare count with a passive verb ("4,120 were sold, up 12%") needs no currency before it
    assert [m.text for m in find_money("EUR 450 million was raised, up 10% on last year, the lender said.")] == [
        "EUR 450 million", "10%"]
    assert find_money("In the first half, 2,310 were completed, down 5% on a year earlier.") == []


def test_a_place_a_route_runs_to_moves_by_nothing_of_its_own():
    # names.tsv role=route: the mover before the verb is no company either
    assert [m.subject for m in find_money("The fee for Ningbo to Hamburg rose 4% to $2,870 per container.")] == [
        "", ""]


def test_the_last_of_a_list_of_places_a_route_runs_to_moves_by_nothing_of_its_own():
    # names.tsv role=name_list: the "to" before the list's first name places its last one too
    assert [(m.text, m.market_kind) for m in find_money("The surcharge on cargo to Antwerp and Hamburg rose 4% this "
                                                        "week, forwarders said.")] == [("4%", "other")]
    # a price with its currency's letters lists no place: the next name is a stock that moved
    assert [(m.text, m.market_kind) for m in find_money("Nedbank rose 1.8% to R260.40 and Absa Group gained 2.3% in "
                                                        "Johannesburg.") if m.percent] == [
        ("1.8%", "share_move"), ("2.3%", "share_move")]


def test_the_level_a_dividend_was_raised_to_set_off_by_commas_is_the_dividend_no_price():
    found = find_money("The pipeline operator raised its quarterly dividend by 4 cents, to 71 cents a share, the "
                       "company said on Wednesday.")
    assert [(m.text, m.market_kind) for m in found] == [("4 cents", "other"), ("71 cents", "other")]


def test_a_pronoun_after_a_sentence_a_currency_or_metal_opens_with_no_figure_trades_as_that_market():
    found = find_money("The peso's slide has helped exporters. It traded at 18.90 per dollar on Monday, about 8% "
                       "weaker than in January.")
    assert [(m.text, m.market_kind) for m in found] == [("8%", "other")]
    found = find_money("Silver has had a strong year. It traded at $48.10 an ounce on Friday, up 3%.")
    assert [(m.text, m.market_kind) for m in found] == [("$48.10", "other"), ("3%", "other")]
    # a name after the market's word says whose the pronoun is
    found = find_money("Gold miner Halvard reported a record output on Friday. It traded at $41.20 on Tuesday, up 2%.")
    assert [(m.text, m.market_kind) for m in found] == [("$41.20", "share_price"), ("2%", "share_move")]


def test_what_farmers_production_or_feed_costs_rose_by_makes_no_row():
    assert find_money("The growers' association said production costs have climbed 14% since 2021.") == []
    assert find_money("Dairy farmers say their feed costs rose 18% in two years.") == []


def test_goods_bought_on_a_marketplace_are_trade_on_it_no_investment():
    found = find_money("Nigerian traders bought about $95 million of goods from Turkish suppliers on Trendyol in the "
                       "first half, the chamber said.")
    assert [(m.text, m.market_kind) for m in found] == [("$95 million", "transaction_volume")]
    # goods bought and then sold on a platform in another clause are the buyer's own purchase
    found = find_money("Halvard bought $40 million of goods from suppliers, and sold them on Amazon.")
    assert [(m.text, m.market_kind) for m in found] == [("$40 million", "investment")]


def test_a_films_takings_abroad_told_for_its_global_launch_are_takings_too():
    found = find_money("The horror sequel, which opened Friday in 3,900 locations, took another $46 million "
                       "internationally for a global launch of $81 million, the studio said.")
    assert [(m.text, m.market_kind) for m in found] == [("$46 million", "revenue"), ("$81 million", "revenue")]


def test_a_payment_of_a_fine_after_meanwhile_is_still_that_fine():
    found = find_money("The watchdog fined Corvale Energy $12 million on Tuesday over the outage. Meanwhile, the "
                       "first payment of $3 million is due by the end of March.")
    assert [(m.text, m.market_kind) for m in found] == [("$12 million", "fine"), ("$3 million", "fine")]


def test_shares_bought_back_at_a_range_of_prices_per_share_are_the_stocks_price():
    found = find_money("The 4.2 million shares were bought at prices between HK$81.20 and HK$94.60 each during the "
                       "half, the filing showed.")
    assert [(m.text, m.market_kind) for m in found] == [("HK$81.20", "share_price"), ("HK$94.60", "share_price")]


def test_a_bond_a_company_has_maturing_is_its_debt_no_money_raised():
    found = find_money("The builder also has a US$650 million bond due in April, which it has said it cannot repay.")
    assert [(m.text, m.market_kind) for m in found] == [("US$650 million", "other")]
    found = find_money("The province sold a $600 million bond maturing in 2036 on Tuesday.")
    assert [m.market_kind for m in found] == ["investment"]


def test_a_move_to_a_films_takings_for_its_place_is_a_move_of_its_takings():
    found = find_money("Paramount's \"Harbour Lights\", in its third weekend, slid 44% to $21 million for third place.")
    assert [(m.text, m.market_kind) for m in found] == [("44%", "revenue"), ("$21 million", "revenue")]


def test_what_holders_received_per_share_for_a_year_in_a_dividends_sentence_is_that_dividend():
    assert kinds_of("The brewer held its dividend policy; shareholders will receive 1.85 euros a share for the year, "
                    "payable in May.") == [("1.85 euros", "other")]
    assert kinds_of("The insurer kept its dividend, and holders received 62 pence a share for 2024.") == [
        ("62 pence", "other")]
    # with no dividend in the sentence, what holders receive per share is what a buyer pays
    assert kinds_of("The board suspended the dividend. Under the merger, holders will receive $18 a share in "
                    "cash.") == [("$18", "investment")]


def test_a_base_told_without_its_currency_after_a_sum_with_it_is_a_sum_of_that_kind():
    found = find_money("Quarterly net profit at the Bergen shipyard fell to 214 million Norwegian crowns from 388 "
                       "million a year earlier.")
    assert [(m.text, m.market_kind, m.amount, m.currency) for m in found] == [
        ("214 million Norwegian crowns", "profit", 214e6, "NOK"), ("388 million", "profit", 388e6, "NOK")]
    # a count after "from" that names what it counts is no sum
    assert [m.text for m in find_money("The film has grossed $212 million from 1.6 million tickets sold.")] == [
        "$212 million"]


def test_a_stock_move_after_an_aside_that_values_the_company_at_its_price_is_the_stocks():
    assert kinds_of("Shares in the Lisbon utility rose 2.1% to 6.48 euros, valuing the group at about 7.9 billion "
                    "euros, and have gained 24% since March.") == [
        ("2.1%", "share_move"), ("6.48 euros", "share_price"), ("7.9 billion euros", "market_cap"),
        ("24%", "share_move")]


def test_a_lines_freight_or_ticket_receipts_are_its_revenue():
    assert kinds_of("The port railway's cargo receipts climbed to 3.2 billion rand in the six months to "
                    "August.") == [("3.2 billion rand", "revenue")]


def test_a_countrys_public_debt_a_per_use_fee_before_its_noun_and_tonnes_over_months_make_no_row():
    assert find_money("Government debt stood at about $22.4 billion in June, the finance ministry said.") == []
    assert find_money("The bloc's planned 5-euro processing fee on small parcels starts next year.") == []
    assert find_money("The port handled 38 million tonnes of cargo in the first 11 months, up 7% from a year "
                      "earlier.") == []


def test_a_goods_price_told_in_lakh_a_kilo_and_a_company_named_exports_stay_rows():
    assert kinds_of("Top-grade cardamom sold for Rs 3.1 lakh a kilo at the Bodinayakanur auction on "
                    "Friday.") == [("Rs 3.1 lakh", "other")]
    assert kinds_of("Malabar Spice Exports Ltd said it had booked orders worth Rs 58 crore on the platform.") == [
        ("Rs 58 crore", "transaction_volume")]


def test_a_base_without_its_currency_after_an_aside_is_of_the_kind_of_the_sum_it_moved_from():
    found = find_money("The operator said its profit from the concession fell to 21.6 million pounds in its last "
                       "financial year, which ended on March 31, from 27.9 million a year earlier.")
    assert [(m.text, m.market_kind, m.currency) for m in found] == [
        ("21.6 million pounds", "profit", "GBP"), ("27.9 million", "profit", "GBP")]
    # an aside that names the period again may say what it was with a clause of its own
    found = find_money("Its net loss widened to 1.8 billion euros in the first half of 2025, the latest period for "
                       "which the group has filed audited figures, from 1.1 billion euros a year earlier.")
    assert [(m.text, m.market_kind) for m in found] == [
        ("1.8 billion euros", "profit"), ("1.1 billion euros", "profit")]


@pytest.mark.parametrize("text", [
    pytest.param(
        "Short interest in Nio's American depositary shares climbed 22% to 48 million shares in late March. The "
        "fee to borrow the shares, which tracks how scarce they are, rose to about 1.5% a year.",
        id="short_interest_s_move_is_a_count_and_the_fee_to_borrow_shares_is_a_loan_s_rate"),
    pytest.param("The 2022 reform cut the allowance from $800, and shipments doubled within months.",
                 id="a_sum_an_allowance_moved_from_is_a_threshold_and_parcels_that_doubled_a_count"),
    pytest.param("The group's data centres used 4.2 terawatt-hours of power last year, up 23%, as demand for "
                 "AI training grew.", id="energy_told_in_watt_hours_and_its_move_is_a_count_not_money"),
    pytest.param("Hydro output rose 6% to 31 TWh in the first half.",
                 id="energy_told_in_watt_hours_and_its_move_is_a_count_not_money_2"),
    # round 85, le_618: the percentage counts merchants, and the sales move only says which merchants are counted
    pytest.param("The number of shops whose revenue tripled over the holiday climbed by 18%, the mall "
                 "said.", id="a_count_of_sellers_and_the_sales_move_that_picks_them_out_make_no_row"),
    pytest.param(
        "Summer bookings to Spain were running 9% below last year's, the tour operator said.",
        id="a_move_of_bookings_counted_in_trips_makes_no_figure_and_a_surcharge_charged_on_bookings_makes_none"),
    pytest.param(
        "The carrier will add a $240 emergency fuel surcharge per container on all transpacific "
        "bookings.",
        id="a_move_of_bookings_counted_in_trips_makes_no_figure_and_a_surcharge_charged_on_bookings_makes_none_2"),
    pytest.param("Engineers said the robotics team had grown by about a quarter since March.",
                 id="a_team_grown_by_a_fraction_and_attendance_or_volumes_told_to_move_are_counts_not_money"),
    pytest.param("The museum expects attendance to climb 25% to 900,000 this year.",
                 id="a_team_grown_by_a_fraction_and_attendance_or_volumes_told_to_move_are_counts_not_money_2"),
    pytest.param("The mill expects shipment volumes to fall only 2% to 3% next year.",
                 id="a_team_grown_by_a_fraction_and_attendance_or_volumes_told_to_move_are_counts_not_money_3"),
    pytest.param("Growers are expected to pick 14 million bales this season, up 9% from last year's crop.",
                 id="a_harvest_or_exports_told_in_bags_or_bales_move_as_counts_not_money"),
    pytest.param("Exporters shipped 3.4 million bags in March, down 11% from a year earlier.",
                 id="a_harvest_or_exports_told_in_bags_or_bales_move_as_counts_not_money_2"),
    pytest.param("The board expects a crop of about 210 million kilos, down 6% from last year.",
                 id="a_harvest_in_kilos_that_moves_and_yields_down_by_a_part_make_no_row"),
    pytest.param("Growers said yields on the upland estates were down by as much as half.",
                 id="a_harvest_in_kilos_that_moves_and_yields_down_by_a_part_make_no_row_2"),
    pytest.param("Guest arrivals at the resort island reached 96,500 in the first quarter, up 14% from a year "
                 "earlier.", id="a_move_told_after_the_bare_number_a_count_of_people_reached_is_the_count_s"),
    pytest.param("Ghana's cocoa production fell 12% to 580,000 tonnes in the season, the regulator said.",
                 id="production_that_opens_its_sentence_and_moves_is_a_count_whatever_words_stand_before_it"),
    pytest.param("November output slid 6% from a year earlier to 410,000 bags.",
                 id="production_that_opens_its_sentence_and_moves_is_a_count_whatever_words_stand_before_it_2"),
    pytest.param("Passengers through Riga airport rose to 7.2 million in the first eleven months, up 9% from a "
                 "year earlier.", id="counts_and_their_moves_told_with_a_long_phrase_make_no_row"),
    pytest.param("The central bank added 41 tonnes of gold to its reserves over the first half, up 12% from the "
                 "second half of 2024.", id="counts_and_their_moves_told_with_a_long_phrase_make_no_row_2"),
    pytest.param("World silver demand rose 4% to a yearly record of 36,000 tonnes.",
                 id="counts_and_their_moves_told_with_a_long_phrase_make_no_row_3"),
    pytest.param("The courier, whose financial year ends on March 31, said it delivered 3.2 million packages in "
                 "the six months to Sept. 30, up 18% from a year earlier.",
                 id="a_count_moves_by_the_percentage_after_it_past_the_day_and_year_of_its_period"),
    pytest.param("Tallport said it handled 410,000 containers in the year to December 2025, down 6%.",
                 id="a_count_moves_by_the_percentage_after_it_past_the_day_and_year_of_its_period_2"),
    pytest.param("The builder said it handed over 2,310 flats in the nine months to September, up 18% from a "
                 "year earlier.", id="homes_a_developer_sold_move_by_the_percentage_after_them_as_a_count"),
    pytest.param("The smelter shipped 310,000 tonnes of aluminium in the first half, up 6% from a year earlier.",
                 id="homes_a_developer_sold_move_by_the_percentage_after_them_as_a_count_2"),
    pytest.param("In the second half, Gdansk's volumes recovered 5.1% from a year earlier.",
                 id="volumes_that_recover_are_a_count"),
    pytest.param("The brewer expects volumes to decline about 3% in the year to June.",
                 id="volumes_that_recover_are_a_count_2"),
    pytest.param("Peru exported 410,000 tonnes of fresh blueberries last season, worth about $2.3 billion, the "
                 "farm ministry said.", id="a_countrys_goods_told_by_weight_and_then_what_they_were_worth_make_no_row"),
    pytest.param("The ministry expects full-year exports of about 2 million tonnes, worth some 90 billion "
                 "pesos.", id="a_countrys_goods_told_by_weight_and_then_what_they_were_worth_make_no_row_2"),
    pytest.param("Hotel stays in Salzburg in the first half rose 5% to 3.4 million overnight stays.",
                 id="a_percentage_rise_to_a_count_of_stays_or_nights_is_a_count"),
    pytest.param("Bookings rose 9% to 2.3 million room nights, the hotel group said.",
                 id="a_percentage_rise_to_a_count_of_stays_or_nights_is_a_count_2"),
    pytest.param("Farm stays booked through the tourist board's site rose 14% over the summer.",
                 id="a_percentage_rise_of_stays_booked_is_a_count"),
    pytest.param("The country grew 3.1 million tonnes of rice last year and exported 1.4 million tonnes worth $650 "
                 "million, the ministry said.",
                 id="a_countrys_exports_in_a_clause_after_and_then_their_worth_make_no_row"),
])
def test_a_count_and_its_move_make_no_row_whatever_words_of_money_stand_near_them(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text", [
    pytest.param("The Bank of Ghana sold about $30 million to banks on Friday to slow the cedi's fall.",
                 id="a_central_bank_named_bank_of_a_nation_or_reserve_bank_of_a_place_spends_public_money"),
    pytest.param("The Reserve Bank of New Zealand lost about NZ$3 billion on its bond holdings last year.",
                 id="a_central_bank_named_bank_of_a_nation_or_reserve_bank_of_a_place_spends_public_money_2"),
    pytest.param("The port authority will price roughly $95 million of revenue bonds next week to pay for a new "
                 "container crane.", id="revenue_bonds_are_public_borrowing_whoever_sells_them"),
    pytest.param("Harbor Water expects to sell $60 million in revenue bonds in April.",
                 id="revenue_bonds_are_public_borrowing_whoever_sells_them_2"),
    pytest.param("The $1.3 billion Powerball jackpot was the third-largest ever. The previous record, $1.6 billion, "
                 "was shared by three tickets sold in Florida, Maryland and Tennessee.",
                 id="a_record_jackpot_named_after_its_sum_and_a_prize_shared_by_tickets_make_no_row"),
    pytest.param("The winner, a nurse from Ohio, chose a lump sum of about $300 million rather than the annuity. Two "
                 "other tickets won second prizes, each of them worth $1 million each.",
                 id="the_lump_sum_a_lottery_winner_takes_and_prizes_worth_a_sum_each_make_no_row"),
    pytest.param("The state lottery sent $210 million to the state's general fund last year, and states together "
                 "collected about $25 billion from ticket sales.",
                 id="what_a_lottery_sends_the_state_and_what_states_collect_are_public_money"),
    pytest.param("When a gallon of unleaded averaged $5.02 in California, the state offered the chipmaker $150 million "
                 "in tax credits. The property tax cut would reduce revenue by about $600 million over two years. The "
                 "ministry signed a $900 million, eight-year agreement with a vaccine maker in 2021.",
                 id="fuel_by_the_gallon_tax_credits_a_tax_cut_s_revenue_and_a_government_partnership_make_no_row"),
    pytest.param(
        "Zambia loan\n\nLUSAKA, March 3 (Reuters) - The World Bank approved about $275 million for Zambia's power"
        " grid on Tuesday, its country director said.\n",
        id="a_public_body_opening_a_sentence_behind_a_news_agencys_dateline_spends_public_money"),
    pytest.param(
        "'We have pumped 2 million euros into the harbour this year,' said a city council spokesman on Monday.",
        id="a_sum_a_council_speaker_says_we_spent_in_a_quote_is_public_money"),
    pytest.param(
        "India's prime minister, Narendra Modi, speaking at a summit in Johannesburg, pledged on Saturday to provide "
        "$2 billion in credit lines for African infrastructure.",
        id="a_nations_leader_who_pledged_on_a_day_to_provide_a_sum_after_an_aside_tells_of_public_money"),
    pytest.param("Auditors said Eastmoor council faces a £38 million gap in its 2026/27 budget and will have to sell "
                 "two car parks.", id="a_councils_gap_in_its_budget_is_public_finance_not_a_row"),
    pytest.param("Union leaders had first demanded 9,900 won, a 12.4 percent jump, while employers asked for "
                 "a freeze.", id="what_labour_groups_demanded_and_the_rise_it_comes_to_are_pay"),
    pytest.param("The Asian Development Bank approved $300 million in emergency financing for Sri Lanka.",
                 id="a_development_bank_s_financing_approved_with_no_article_is_public_money"),
    pytest.param("The Federal Highway Administration said Tuesday it had spent $1.1 billion on bridge repairs.",
                 id="a_public_body_s_spending_it_said_on_a_weekday_it_had_made_is_public_money"),
    pytest.param("The threshold for the top rate would rise from £125,140 to £150,000 next April.",
                 id="a_tax_s_threshold_that_moves_its_receipts_a_home_buyer_s_bill_and_a_tax_band_s_rate_make_no_row"),
    pytest.param(
        "Council tax raised £46.5bn in England last year.",
        id="a_tax_s_threshold_that_moves_its_receipts_a_home_buyer_s_bill_and_a_tax_band_s_rate_make_no_row_2"),
    pytest.param(
        "A buyer of a £600,000 house in Bristol pays £17,500 in stamp duty.",
        id="a_tax_s_threshold_that_moves_its_receipts_a_home_buyer_s_bill_and_a_tax_band_s_rate_make_no_row_3"),
    pytest.param(
        "Home movers pay no stamp duty on the first £125,000, and 2% on the portion between £125,001 "
        "and £250,000.",
        id="a_tax_s_threshold_that_moves_its_receipts_a_home_buyer_s_bill_and_a_tax_band_s_rate_make_no_row_4"),
    pytest.param(
        "A ticket bought at a newsagent in Crewe won a £4 million prize on Saturday. Players who win more than "
        "£500 must claim by post. The biggest jackpot in U.K. history, £195 million, was won in 2022. Winners "
        "who pick the annuity receive one payment now and then 29 yearly payments that each rise by 4%. The "
        "state lottery gave a record $120 million to public schools last year.",
        id="a_lottery_prize_a_winning_threshold_an_annuity_s_rise_and_what_a_lottery_gives_schools_make_no_row"),
    pytest.param("Indonesia plans to extend the toll road by 40 kilometres by 2028, at a cost of about "
                 "$700 million.", id="what_a_country_plans_at_a_cost_of_a_sum_is_public_spending"),
    pytest.param(
        "Iceland exported cod worth a record ISK 180 billion last year. The average price for fresh cod fell to "
        "ISK 520 per kilo in December from ISK 610 a year earlier.",
        id="a_nation_s_exports_worth_a_record_and_a_product_s_price_per_kilo_and_its_base_are_no_rows"),
    pytest.param("The budget raises the excise tax on tobacco sold at the largest chains to as much as 9% from "
                 "6%.", id="a_tax_raised_to_a_rate_is_no_figure_past_the_tax_s_own_adjective"),
    pytest.param("Online shoppers now pay a 15% digital services tax, on top of a 10% state levy.",
                 id="a_rate_told_before_a_tax_s_kind_is_that_tax_s_rate_no_figure"),
    pytest.param("The central bank said external reserves rose to $38.9 billion at the end of October.",
                 id="a_nations_reserves_however_named_make_no_row"),
    pytest.param("Foreign reserves, which had fallen to $21 billion in May, recovered over the summer.",
                 id="a_nations_reserves_however_named_make_no_row_2"),
    pytest.param("Ticket sales for Tuesday's Mega Millions drawing reached $61 million, and the lottery expects "
                 "roughly $150 million in sales by Friday.",
                 id="every_sum_of_a_sentence_opened_by_a_drawing_s_ticket_sales_is_the_lottery_s_turnover"),
    pytest.param("Economists at Ridgeway Capital think the new fuel levy will bring the state budget about 9 "
                 "billion pesos next year.", id="what_a_measure_brings_the_budget_is_public_revenue_and_makes_no_row"),
    pytest.param("The organisers say the festival will bring about 12 million pounds of visitor spending to "
                 "the town each summer.",
                 id="visitor_spending_a_project_would_bring_and_a_government_scheme_s_budget_make_no_row"),
    pytest.param("The ministry will launch a grant programme for small exporters in the spring, with a budget "
                 "of 300 million zlotys.",
                 id="visitor_spending_a_project_would_bring_and_a_government_scheme_s_budget_make_no_row_2"),
    pytest.param("The chip designer also received grants of NIS 9 million ($2.4 million) from the national "
                 "innovation authority.",
                 id="a_grant_from_a_public_authority_told_with_its_sum_in_another_currency_makes_no_row"),
    pytest.param("Brussels will scrap the exemption for goods under 150 euros from next July.",
                 id="a_customs_threshold_told_after_its_exemption_or_before_threshold_makes_no_row"),
    pytest.param("Parcels worth more than 200 lari will pay duty, down from the current 300-lari threshold.",
                 id="a_customs_threshold_told_after_its_exemption_or_before_threshold_makes_no_row_2"),
])
def test_public_money_a_nation_s_reserves_a_lottery_s_sums_and_a_tax_make_no_row(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text", [
    pytest.param("Firefighters had the Cedar Ridge Fire 27% contained on Monday, and the county lifted "
                 "evacuation orders for 1,100 homes.", id="a_fire_s_containment_is_no_percentage_of_money"),
    pytest.param("Xiaomi cut the Xiaomi 15's price by up to 700 yuan in May, and shoppers can claim subsidies of as "
                 "much as 2,000 yuan under the trade-in scheme.",
                 id="a_named_product_s_price_cut_and_subsidies_buyers_claim_make_no_row"),
    pytest.param("The regulator said the cap for an average household would fall by 4 per cent, or £70, to £1,650 a "
                 "year from April. The cap hit £3,549 a year in October 2022, though support limited what a typical "
                 "household actually paid to £2,100. Household energy arrears stand at a record £4.1bn.",
                 id="an_energy_price_cap_s_levels_what_households_paid_and_their_debt_make_no_row"),
    pytest.param(
        "Turnover on the Shanghai and Shenzhen exchanges reached 1.9 trillion yuan, the third session in a row "
        "above 1.5 trillion yuan.", id="a_session_s_turnover_told_against_a_round_level_is_no_company_s_money"),
    pytest.param("The carrier's notes, listed on the Lima stock exchange, rose to 99.5 cents on Friday.",
                 id="a_bond_s_move_to_a_price_in_cents_makes_no_row_past_the_exchange_it_lists_on"),
    pytest.param("The insurer said it would raise premiums by about 9% for the next season.",
                 id="premiums_an_insurer_raises_are_its_product_s_price"),
    # not_money.tsv: an industry's sales are a whole market's, told after the sum as before it
    pytest.param("South Korea's battery industry reached 45 trillion won in sales last year, up 12%.",
                 id="a_places_whole_industry_that_reached_a_sum_in_sales_makes_no_row"),
    pytest.param("Insurers' risk models put the damage from the wildfires at more than $12 billion.",
                 id="a_disasters_damage_estimated_or_put_at_a_sum_is_no_money"),
    pytest.param("The typhoon left damage estimated at about 90 billion pesos across Luzon.",
                 id="a_disasters_damage_estimated_or_put_at_a_sum_is_no_money_2"),
    pytest.param("Household energy bills are expected to rise 9% from October.",
                 id="a_bill_its_users_pay_that_rises_is_a_price_and_a_rule_s_minimum_worth_is_a_threshold"),
    pytest.param("The supplier has asked for a 31% increase in bills over five years.",
                 id="a_bill_its_users_pay_that_rises_is_a_price_and_a_rule_s_minimum_worth_is_a_threshold_2"),
    pytest.param("Under the exchange's rules, a bulk trade must be worth at least HK$8 million.",
                 id="a_bill_its_users_pay_that_rises_is_a_price_and_a_rule_s_minimum_worth_is_a_threshold_3"),
    pytest.param("Under league rules, clubs can lose no more than £60 million over three seasons before they "
                 "face a points deduction.",
                 id="a_leagues_rule_that_clubs_may_lose_no_more_than_a_sum_sets_a_limit_no_loss"),
    pytest.param("Importers usually stock up before the monsoon, and traders said orders were already in.",
                 id="buyers_who_stock_up_after_an_adverb_or_a_modal_move_no_stock"),
    pytest.param("Households will stock up ahead of the holiday, grocers said.",
                 id="buyers_who_stock_up_after_an_adverb_or_a_modal_move_no_stock_2"),
    pytest.param("The couple paid about £380,000 for the house in Norwich last spring.",
                 id="a_sum_paid_for_a_home_as_the_head_noun_is_a_households_and_makes_no_row"),
    pytest.param("The Green candidate came second with 31% of the vote in the by-election.",
                 id="a_place_told_with_a_share_of_the_vote_or_of_a_market_makes_no_figure"),
    pytest.param("Tencent Cloud was third with 11.8%, ahead of Kingsoft Cloud at 4.1%.",
                 id="a_place_told_with_a_share_of_the_vote_or_of_a_market_makes_no_figure_2"),
    pytest.param("Stocks in export-heavy sectors fell.", id="stocks_in_a_whole_sector_that_fell_are_no_companys_stock"),
    pytest.param("The shipping line said its average loaded freight rates fell 9% in the third quarter.",
                 id="a_carriers_loaded_freight_rates_are_its_own_prices_and_no_markets_move"),
    pytest.param("The personal consumption expenditures price index rose 2.4% in the year to June.",
                 id="the_personal_consumption_expenditures_price_index_is_a_macro_statistic"),
    pytest.param("Gartner says the market for humanoid robots in Europe could be worth $9 billion by 2032.",
                 id="what_a_market_for_a_product_will_be_worth_is_no_companys_value"),
    pytest.param("The bus company has paid each victim's family an advance of 50,000 rand (about $2,800), it said.",
                 id="an_advance_paid_to_each_victims_family_is_compensation_and_no_row"),
    pytest.param("Users whose speeds fell short of the levels promised in their contracts will get credits worth 15% "
                 "of their bill.",
                 id="a_refund_worth_a_share_of_a_users_monthly_bill_is_no_row_even_after_a_move_verb"),
    pytest.param("Island ferries raise fares\n\nTicket prices on the island ferries climb 2.9% from March, "
                 "after an increase of 4.4% a year earlier.",
                 id="the_earlier_move_a_fare_rise_came_after_and_a_headline_s_bare_fare_move_make_no_rows"),
    pytest.param("Harbour tunnel to add a lane by 2027, tolls up 6%",
                 id="the_earlier_move_a_fare_rise_came_after_and_a_headline_s_bare_fare_move_make_no_rows_2"),
    pytest.param("The notes priced at a spread of 6.5%, inside the initial price talk of 7% to 7.5%.",
                 id="a_bond_s_spread_and_price_guidance_and_a_discount_to_reported_value_are_no_figures"),
    pytest.param("The fund sold the stakes at a discount of about 9% to their reported value.",
                 id="a_bond_s_spread_and_price_guidance_and_a_discount_to_reported_value_are_no_figures_2"),
    pytest.param("A council study said the new arena could add $80 million a year to the regional economy.",
                 id="what_a_thing_adds_to_an_economy_is_an_estimate_of_its_impact_not_money"),
    pytest.param("The cinema chain raised the price of its large popcorn by 40p last spring and has kept it "
                 "at £6.95 since.", id="the_price_a_product_was_raised_and_then_kept_at_is_no_row"),
    pytest.param("The operator's managing director said fares on the Hamburg-Kiel line would rise by an average "
                 "of 5 percent, with a return ticket going to 58 euros from 55 euros.",
                 id="a_fare_rise_told_after_the_speaker_and_a_ticket_s_new_price_make_no_row"),
    pytest.param("Total online sales rose 8.5% to 7.4 trillion yuan in the first half, the statistics bureau "
                 "said.", id="the_countrys_total_online_sales_stay_a_macro_statistic"),
    pytest.param("Customs figures showed exports for the first half of March fell 7% from a month earlier.",
                 id="a_measure_after_the_figures_that_show_it_an_average_order_and_what_local_shops_lost_make_no_row"),
    pytest.param(
        "Since the change, the average basket on the site has risen to about 48 euros.",
        id="a_measure_after_the_figures_that_show_it_an_average_order_and_what_local_shops_lost_make_no_row_2"),
    pytest.param(
        "The traders' federation said independent shops lost about 900 million rand of trade to online "
        "sellers last year.",
        id="a_measure_after_the_figures_that_show_it_an_average_order_and_what_local_shops_lost_make_no_row_3"),
    pytest.param("Shipowners accepted general increases of 3% to 5% at the Feb. 20 renewal, brokers said.",
                 id="general_increases_at_an_insurance_renewal_make_no_row"),
    pytest.param("The delivery app raised its commission on restaurant orders by 2 percentage points in May.",
                 id="a_commission_raised_by_points_and_seats_or_tickets_at_a_plain_price_make_no_row"),
    pytest.param("The app store will lower its commission on small developers to 12% from 20% in April.",
                 id="a_commission_raised_by_points_and_seats_or_tickets_at_a_plain_price_make_no_row_2"),
    pytest.param("Stalls seats rose sharply for the holidays, while the cheapest seats remain at €30.",
                 id="a_commission_raised_by_points_and_seats_or_tickets_at_a_plain_price_make_no_row_3"),
    pytest.param("About 2,000 €15 tickets go on sale each Friday morning.",
                 id="a_commission_raised_by_points_and_seats_or_tickets_at_a_plain_price_make_no_row_4"),
    pytest.param("Starting in July, orders from overseas websites worth less than 150 reais will pay a 20% "
                 "import duty.", id="a_threshold_for_orders_from_foreign_sites_makes_no_row"),
    pytest.param("The average rent for a two-bedroom flat was €1,640 a month in the third quarter, up 4.2 per "
                 "cent on the year. In Cork it passed €2,000 for the first time.",
                 id="a_level_a_pronoun_says_a_dropped_rent_passed_in_the_next_sentence_is_no_money_either"),
    pytest.param("Holidaymakers spent about 2.1 billion pesos in the resort towns over the Easter week from "
                 "April 13 to April 20, up 8% from a year earlier, the tourism board said.",
                 id="what_visitors_spent_in_a_place_and_its_change_and_spending_an_event_generates_make_no_row"),
    pytest.param("The organisers say the festival generates about 90 million euros in spending each summer.",
                 id="what_visitors_spent_in_a_place_and_its_change_and_spending_an_event_generates_make_no_row_2"),
    pytest.param("A box of six butter croissants from the Maison Rive bakery on the Left Bank sold for 14 euros "
                 "this week, down from 12 euros a year ago.",
                 id="a_box_of_a_shops_goods_sold_for_a_sum_and_the_sum_it_fell_from_make_no_row"),
    pytest.param("The dairy co-operative warned that a price below 40 cents a litre would push many farmers out "
                 "of business.", id="a_price_told_as_below_a_level_that_would_hurt_is_a_threshold_no_row"),
    pytest.param("The town lost about 3 million euros of spending when the summer festival was cancelled.",
                 id="the_spending_a_place_lost_when_visitors_stayed_away_makes_no_row"),
])
def test_a_price_threshold_bill_estimate_or_statistic_is_no_market_figure_and_makes_no_row(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Petrobras shares climbed 2.4% to R$38.10 in Sao Paulo, where the Bovespa gained 0.6%.",
                 [("2.4%", "share_move"), ("R$38.10", "share_price"), ("0.6%", "other")],
                 id="a_latin_american_benchmark_named_without_index_moves_as_the_whole_market"),
    pytest.param("The brewer will reinstate its final dividend, scrapped during the 2020 lockdowns, with a payment "
                 "of 18 pence a share on June 6.", [("18 pence", "other")],
                 id="a_payment_per_share_in_a_sentence_that_names_a_dividend_is_that_dividend_no_share_price"),
    # with no dividend named, a payment per share in a takeover is still the price paid for the stock
    pytest.param("Holders will receive a cash payment of $12 a share under the merger.", [("$12", "share_price")],
                 id="with_no_dividend_named_a_payment_per_share_in_a_takeover_is_still_the_price_paid_for_the_stock"),
    # and a payment of a fine stays the fine
    pytest.param("The court refused to suspend payment of a 2.1 billion yuan fine.", [("2.1 billion yuan", "fine")],
                 id="and_a_payment_of_a_fine_stays_the_fine"),
    # a dividend of the sentence before names no payment in a takeover's sentence (a verb of paying there would)
    pytest.param("The board suspended the dividend in May. Under the merger, holders will receive a cash payment of "
                 "$14 a share.", [("$14", "share_price")],
                 id="a_dividend_of_the_sentence_before_names_no_payment_in_a_takeover_s_sentence"),
    # (Brent's: a market's word that, without the row, makes the cut a move of kind other)
    pytest.param("Money managers trimmed their net long positions in Brent crude futures by 11% last week.", [],
                 id="traders_long_or_short_positions_cut_by_a_percentage_are_no_money_figure"),
    pytest.param("Pension funds added to the stock as it rallied 6% in the final hour.", [("6%", "share_move")],
                 id="a_later_clause_opened_by_a_pronoun_of_the_stock_before_moves_the_stock_not_the_funds"),
    pytest.param("Sovereign funds bought Marlow shares as they slid by 3% on Tuesday.", [("3%", "share_move")],
                 id="a_later_clause_opened_by_a_pronoun_of_the_stock_before_moves_the_stock_not_the_funds_2"),
    # a plural pronoun after a singular stock word is the funds' own
    pytest.param("Hedge funds sold the stock as they lost 4% in the month.", [("4%", "other")],
                 id="a_plural_pronoun_after_a_singular_stock_word_is_the_funds_own"),
    # only a currency's name may stand between the verb and "at": "in cash" is how a takeover pays, no currency
    pytest.param("The insurer suspended its dividend in May. Under the merger, its holders will be paid in cash "
                 "at $31.40 a share.", [("$31.40", "share_price")],
                 id="a_sum_per_share_holders_are_paid_in_cash_after_a_suspended_dividend_is_no_dividend"),
    pytest.param(
        "At the current exchange rate, three Tokyo shares are worth about $24.90.", [("$24.90", "share_price")],
        id="what_a_count_of_shares_is_worth_is_a_price_of_the_stock_but_what_its_shares_are_worth_is_its_value"),
    pytest.param(
        "The carmaker's shares are now worth about $24 billion.", [("$24 billion", "market_cap")],
        id="what_a_count_of_shares_is_worth_is_a_price_of_the_stock_but_what_its_shares_are_worth_is_its_value_2"),
    pytest.param("At Monday's close, 5,000 ordinary shares are worth about $212,500.", [("$212,500", "valuation")],
                 id="what_a_large_count_of_shares_no_holder_names_is_worth_is_a_holding_no_company_s_value"),
    pytest.param("Technology IPOs raised just $9 billion in the US last year, according to Dealogic, compared with "
                 "$74 billion in 2021.", [("$9 billion", "ipo"), ("$74 billion", "ipo")],
                 id="money_that_ipos_raised_in_a_year_is_the_offerings"),
    pytest.param("On November 3, the Shanghai Stock Exchange suspended Ant Group's initial public offering, which "
                 "would have raised about $34.5 billion and valued the payments company at more than $310 billion.",
                 [("$34.5 billion", "ipo"), ("$310 billion", "valuation")],
                 id="a_sum_an_ipo_would_have_raised_is_the_offerings_and_the_value_after_and_is_the_next_sums"),
    pytest.param("Options traders are pricing in a move of about 6.5% in either direction after the report, smaller "
                 "than the stock's average post-earnings swing of 8.1% over the past eight quarters.",
                 [("6.5%", "share_move"), ("8.1%", "share_move")],
                 id="a_move_options_price_in_or_a_post_earnings_swing_is_the_stocks"),
    pytest.param("The company was founded in 1999 and listed its shares on the New York Stock Exchange in September "
                 "2014, raising US$25 billion in what was then the world's largest initial public offering.",
                 [("US$25 billion", "ipo")], id="money_raised_in_what_was_then_the_largest_offering_is_ipo_money"),
    pytest.param(
        "The software maker earned 54 cents a share on revenue of $1.31 billion, while analysts surveyed by "
        "FactSet had expected 49 cents and $1.28 billion.",
        [("54 cents", "profit"), ("$1.31 billion", "revenue"), ("49 cents", "profit"), ("$1.28 billion", "revenue")],
        id="a_per_share_profit_and_a_revenue_analysts_had_expected_pair_with_the_ones_reported"),
    pytest.param("It listed Alibaba.com, its business-to-business arm, in Hong Kong in November 2007, raising HK$13.1 "
                 "billion, only to take it private in 2012 for HK$19 billion.",
                 [("HK$13.1 billion", "ipo"), ("HK$19 billion", "investment")],
                 id="money_raised_after_a_company_listed_a_unit_is_the_listings"),
    pytest.param("Kestrel's shares lost 11% in the week after the in-depth probe was announced, and by mid-June had "
                 "fallen 23% from their level before the deal was agreed.",
                 [("11%", "share_move"), ("23%", "share_move")],
                 id="a_move_measured_from_before_a_deal_is_the_stocks_not_the_deals"),
    pytest.param("Speculators covered their short positions as the shares jumped by 6% on Thursday.",
                 [("6%", "share_move")],
                 id="a_stock_s_move_in_a_clause_after_short_positions_or_short_interest_is_the_stock_s_move"),
    pytest.param("Short interest in the chipmaker stayed high while its shares slid 3% on the week.",
                 [("3%", "share_move")],
                 id="a_stock_s_move_in_a_clause_after_short_positions_or_short_interest_is_the_stock_s_move_2"),
    # a pronoun right after the stock's move, with only its verb before the level, stands for the stock
    pytest.param("Harwick Mining shares slid 4.2% on Thursday, extending their fall this year to 31%. They had peaked "
                 "at A$18.40 in May 2022.", [("4.2%", "share_move"), ("31%", "share_move"), ("A$18.40", "share_price")],
                 id="the_level_a_stock_pronoun_peaked_at_right_after_the_stocks_move_is_its_price"),
    pytest.param(
        "Shares of Tolland Steel slid 12% last year, lagging the Nikkei, but have risen 7% "
        "since January.", [("12%", "share_move"), ("7%", "share_move")],
        id="a_stock_s_further_predicate_past_an_index_in_a_participle_aside_is_its_move_with_a_tense_verb_between"),
    pytest.param("Brennock Oil's shares have climbed 18% this year, beating a 6% rise in the FTSE 100, "
                 "although they dipped 0.9% on Friday.",
                 [("18%", "share_move"), ("6%", "other"), ("0.9%", "share_move")],
                 id="a_stock_s_further_predicate_past_an_index_s_gain_in_an_aside_is_its_move_with_a_pronoun_between"),
    # the index that moves after its own words stays the market's
    pytest.param("The Kospi rose 1.2%, led by chipmakers, though it gave back 0.4% in late trade.",
                 [("1.2%", "other"), ("0.4%", "other")],
                 id="the_index_that_moves_after_its_own_words_stays_the_market_s"),
    # a singular pronoun after plural shares is the index's: the pronoun agrees with the stock noun
    pytest.param("Brennock's shares slipped 3% on Friday, trailing the Hang Seng, though it rose 1% in late "
                 "trade.", [("3%", "share_move"), ("1%", "other")],
                 id="a_singular_pronoun_after_plural_shares_is_the_index_s_the_pronoun_agrees_with_the_stock_noun"),
    pytest.param(
        "Brennock's stock slipped 3% on Friday, trailing the Hang Seng, though it rose 1% in late "
        "trade.", [("3%", "share_move"), ("1%", "share_move")],
        id="a_stock_s_further_predicate_past_an_index_s_gain_in_an_aside_is_its_move_with_a_pronoun_between_4"),
    pytest.param("Baillie Gifford sold its Nvidia position at $118 last month.", [("$118", "share_price")],
                 id="an_investors_position_or_stake_sold_at_a_price_is_a_share_price"),
    pytest.param("The insurer declared $2.40 per share in earnings for the third quarter.", [("$2.40", "profit")],
                 id="earnings_per_share_a_company_declares_are_profit_not_a_dividend"),
    pytest.param("The sell-off cut Nvidia's market value by more than $600 billion.",
                 [("$600 billion", "market_value_change")],
                 id="a_market_value_a_verb_of_change_cut_by_a_sum_is_a_change_of_that_value"),
    pytest.param("Its market value fell to $2.1 trillion.", [("$2.1 trillion", "market_cap")],
                 id="a_market_value_a_verb_of_change_cut_by_a_sum_is_a_change_of_that_value_2"),
    pytest.param("Private credit funds circled the lender after its shares sank 11% on Monday.",
                 [("11%", "share_move")],
                 id="a_stock_s_move_in_a_later_clause_after_an_asset_class_is_the_stock_s_move"),
    # a verb of trading further on is the index's own predicate, no stock's clause
    pytest.param("The Stoxx Europe 600 Technology index has gained 24% since March and closed 0.6% higher on "
                 "Thursday.", [("24%", "other"), ("0.6%", "other")],
                 id="a_verb_of_trading_further_on_is_the_index_s_own_predicate_no_stock_s_clause"),
    pytest.param("Bankers close to the talks valued the takeover at about 2 billion euros, including debt.",
                 [("2 billion euros", "investment")],
                 id="a_deal_valued_by_name_is_its_worth_while_a_company_valued_stays_a_valuation"),
    pytest.param("Bankers close to the talks valued the brewer at about 2 billion euros.",
                 [("2 billion euros", "valuation")],
                 id="a_deal_valued_by_name_is_its_worth_while_a_company_valued_stays_a_valuation_2"),
    pytest.param("The carrier has three container ships still to come under a $460 million newbuilding programme "
                 "agreed with a Korean yard.", [("$460 million", "investment")],
                 id="a_shipowners_newbuilding_programme_is_its_investment"),
    pytest.param("Over the year the carmaker bought back 212 million of its own ordinary shares, equal to about "
                 "26.5 million American depositary shares, for $2.4 billion.", [("$2.4 billion", "investment")],
                 id="a_buyback_sum_after_its_shares_restated_in_an_aside_is_still_the_buybacks_investment"),
    # what the stake is "of" stands between its noun and "was worth" (joins.tsv role=worth_of)
    pytest.param("The founder's stake of about 2.3% was worth roughly $1.9 billion at Friday's close.",
                 [("$1.9 billion", "valuation")],
                 id="a_founders_stake_of_a_share_of_the_company_that_was_worth_a_sum_is_a_holdings_valuation"),
    pytest.param(
        "The filly has banked $1.9 million in purses, including the $1.2 million winner's share of the "
        "Oaks' $2 million prize.", [("$2 million", "other")],
        id="a_horses_earnings_in_purses_and_a_winners_share_are_prize_money_while_the_races_prize_is_the_events"),
    pytest.param("Shares of Redline Water, which operates two treatment plants and had bid for the county's "
                 "contract, fell 2.4% to $38.10 on Monday.", [("2.4%", "share_move"), ("$38.10", "share_price")],
                 id="a_bid_told_without_a_sum_in_an_aside_leaves_the_stocks_move_and_price"),
    pytest.param("The utility sold $800 million of 12-year bonds at 5.4% and $500 million of 30-year bonds, the "
                 "filing showed.", [("$800 million", "investment"), ("$500 million", "investment")],
                 id="a_rate_a_debt_is_sold_at_or_priced_at_is_no_money_raised_and_no_move_of_a_stock"),
    pytest.param("The 10-year tranche was priced at 3.25%, the bankers said.", [],
                 id="a_rate_a_debt_is_sold_at_or_priced_at_is_no_money_raised_and_no_move_of_a_stock_2"),
    # a sum something is priced at is still its price
    pytest.param("The new shares were priced at 410 pence each.", [("410 pence", "share_price")],
                 id="a_sum_something_is_priced_at_is_still_its_price"),
    pytest.param("Harrowgate shares were quoted at 212p before the open, down from Thursday's close of "
                 "305p.", [("212p", "share_price"), ("305p", "share_price")],
                 id="the_close_a_stock_fell_from_is_its_price_then_not_a_sum_it_moved"),
    pytest.param(
        "Under the merger agreement, Ostrava Foods would owe the seller $180 million if the deal is "
        "blocked by the competition authority.", [("$180 million", "other")],
        id="a_sum_owed_if_the_deal_is_blocked_is_a_break_fee_but_a_price_the_stock_would_trade_at_stays_a_price"),
    pytest.param(
        "Analysts say Ostrava shares would trade around $41 if the deal is blocked.", [("$41", "share_price")],
        id="a_sum_owed_if_the_deal_is_blocked_is_a_break_fee_but_a_price_the_stock_would_trade_at_stays_a_price_2"),
    pytest.param(
        "The insurer will offer 30 million new shares at 85 rupees each to retail investors.",
        [("85 rupees", "share_price")],
        id="a_price_per_share_of_shares_a_company_offers_is_a_share_price_but_a_bid_at_a_price_stays_the_deals"),
    pytest.param(
        "The founder offered to buy 3 million shares at $14 each from minority holders.", [("$14", "investment")],
        id="a_price_per_share_of_shares_a_company_offers_is_a_share_price_but_a_bid_at_a_price_stays_the_deals_2"),
    pytest.param("The insurer plans to return about 85 cents a share to shareholders after the sale closes.",
                 [("85 cents", "other")],
                 id="a_sum_per_share_a_company_returns_to_holders_is_paid_out_no_price_of_the_stock"),
    pytest.param("Shares of the insurer returned to $45 a share on Friday.", [("$45", "share_price")],
                 id="a_sum_per_share_a_company_returns_to_holders_is_paid_out_no_price_of_the_stock_2"),
    pytest.param("The board proposed a return of capital of 40 cents a share after selling the ports arm.",
                 [("40 cents", "other")],
                 id="a_sum_per_share_a_company_returns_to_holders_is_paid_out_no_price_of_the_stock_3"),
    pytest.param(
        "The two governments signed off on a rail link, a project the partners valued at 1.2 billion "
        "euros.", [("1.2 billion euros", "investment")],
        id="a_project_valued_at_a_sum_is_the_money_it_moves_while_a_company_valued_at_one_keeps_its_valuation"),
    pytest.param(
        "Klarna, the payments company last valued at $6.7 billion, filed for a listing.",
        [("$6.7 billion", "valuation")],
        id="a_project_valued_at_a_sum_is_the_money_it_moves_while_a_company_valued_at_one_keeps_its_valuation_2"),
    # (who valued stands between "which" and the verb; what was valued, before "which")
    pytest.param(
        "The terminal project, which the port authority valued at 900 million dirhams, will open in "
        "2028.", [("900 million dirhams", "investment")],
        id="a_project_valued_at_a_sum_is_the_money_it_moves_while_a_company_valued_at_one_keeps_its_valuation_3"),
    pytest.param(
        "The grocery chain, which the deal valued at about 20 billion yuan, keeps its brand.",
        [("20 billion yuan", "valuation")],
        id="a_project_valued_at_a_sum_is_the_money_it_moves_while_a_company_valued_at_one_keeps_its_valuation_4"),
    pytest.param("The second phase, worth $1.2 billion, will add a rail spur to the mine.",
                 [("$1.2 billion", "investment")], id="what_a_phase_set_off_by_commas_is_worth_is_money_invested"),
    pytest.param("We keep the stock at overweight despite its 7% pullback since the summer.", [("7%", "share_move")],
                 id="a_stock_kept_at_overweight_is_a_rating_and_its_move_after_it_is_the_stock_s"),
    # kinds.tsv "which opened {opening_day} in": a film's or a show's opening day, no trading session; a stock told
    # with its day and its move or price right after still opened
    pytest.param("The lender, which opened Monday 1.5% higher in Hong Kong, gave up its gains by noon.",
                 [("1.5%", "share_move")],
                 id="a_stock_that_opened_on_a_day_still_opened_but_a_film_that_opened_on_a_day_in_theaters_began"),
    pytest.param("Alibaba, which opened on Friday at HK$150, closed 2% lower.",
                 [("HK$150", "share_price"), ("2%", "share_move")],
                 id="a_stock_that_opened_on_a_day_still_opened_but_a_film_that_opened_on_a_day_in_theaters_began_2"),
    pytest.param("The musical, which opened Thursday in 14 cities, took another $3 million abroad.",
                 [("$3 million", "other")],
                 id="a_stock_that_opened_on_a_day_still_opened_but_a_film_that_opened_on_a_day_in_theaters_began_3"),
])
def test_a_stock_s_price_move_value_or_offering_takes_the_kind_its_own_clause_tells(text, expected):
    assert kinds_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Two streaming services pay a combined $410 million a year under deals that run to 2030.",
                 [("$410 million", "other")],
                 id="a_yearly_sum_paid_under_a_deal_is_a_payment_the_deal_sets_and_no_money_invested"),
    pytest.param("Under the deal, Halvorsen will invest $2 billion in the joint venture.",
                 [("$2 billion", "investment")],
                 id="a_yearly_sum_paid_under_a_deal_is_a_payment_the_deal_sets_and_no_money_invested_2"),
    pytest.param("Ida caused an estimated $75 billion in damage, and insured losses were put at about $36 billion.",
                 [("$36 billion", "other")], id="a_disasters_damage_is_no_money_but_damages_a_court_awards_are"),
    pytest.param("A jury ordered Google to pay $425 million in damages to users.", [("$425 million", "fine")],
                 id="a_disasters_damage_is_no_money_but_damages_a_court_awards_are_2"),
    pytest.param("Between 2016 and 2023, Alibaba put more than $7 billion into Lazada alone, according to company "
                 "filings.", [("$7 billion", "investment")], id="money_a_company_puts_into_another_is_invested"),
    # an estimate "put at" a sum names nothing by itself
    pytest.param("Sunday's note put the fine at $2.8 billion.", [("$2.8 billion", "fine")],
                 id="an_estimate_put_at_a_sum_names_nothing_by_itself"),
    pytest.param("In 1989 he sold the haulage business to the Dutch group Van Ommeren for £410m, keeping the "
                 "property arm.", [("£410m", "investment")], id="the_price_a_business_is_sold_for_is_deal_money"),
    pytest.param("Sales of heat pumps bought under the state's rebate scheme rose 41 percent in the first half.",
                 [("41 percent", "revenue")], id="goods_bought_under_a_scheme_are_sales_no_money_invested"),
    pytest.param("Wholesalers postponed purchases worth about 40 million euros as prices kept falling.",
                 [("40 million euros", "other")], id="purchases_put_off_are_no_money_spent"),
    pytest.param(
        "Insurers' losses from the floods in Europe rose to 9 billion euros in the first half, the "
        "reinsurer said.", [("9 billion euros", "other")],
        id="all_insurers_losses_from_a_disaster_are_the_industry_s_figure_while_one_insurer_s_loss_is_its_profit"),
    pytest.param(
        "The insurer's losses widened to $2 billion in the quarter.", [("$2 billion", "profit")],
        id="all_insurers_losses_from_a_disaster_are_the_industry_s_figure_while_one_insurer_s_loss_is_its_profit_2"),
    pytest.param("The supplier has set aside about 40 billion yen for new equipment at its Kumamoto plant.",
                 [("40 billion yen", "investment")], id="a_sum_set_aside_for_new_equipment_is_money_invested"),
    pytest.param("The value of Poland's gold reserves rose to $61.7 billion at the end of June, the bank "
                 "said.", [],
                 id="a_nations_gold_reserves_a_legislatures_grant_and_a_sum_a_body_budgeted_are_public_money"),
    pytest.param("Parliament gave the ministry about 2.4 billion euros for rail repairs this year.", [],
                 id="a_nations_gold_reserves_a_legislatures_grant_and_a_sum_a_body_budgeted_are_public_money_2"),
    pytest.param("The county council has budgeted about $8 million for road salt this winter.", [],
                 id="a_nations_gold_reserves_a_legislatures_grant_and_a_sum_a_body_budgeted_are_public_money_3"),
    pytest.param("Acme gave the project $300 million for fiscal 2025, more than analysts had expected.",
                 [("$300 million", "other")],
                 id="a_nations_gold_reserves_a_legislatures_grant_and_a_sum_a_body_budgeted_are_public_money_4"),
    pytest.param("A port expansion the operator plans to fund with about $900 million over five years "
                 "is due to open in 2030.", [("$900 million", "investment")],
                 id="a_sum_a_venture_is_funded_with_or_an_investor_says_it_would_back_is_money_put_into_it"),
    pytest.param("A Korean conglomerate said it would back battery plants worth up to $6 billion in Europe.",
                 [("$6 billion", "investment")],
                 id="a_sum_a_venture_is_funded_with_or_an_investor_says_it_would_back_is_money_put_into_it_2"),
    pytest.param("The smelter, idle since March, will cost $70 million to shut down.", [("$70 million", "other")],
                 id="what_a_thing_built_will_cost_to_shut_or_clean_up_is_no_money_invested_in_it"),
    pytest.param("The old refinery, closed in 2019, will cost about $120 million to dismantle.",
                 [("$120 million", "other")],
                 id="what_a_thing_built_will_cost_to_shut_or_clean_up_is_no_money_invested_in_it_2"),
    pytest.param("Beijing, home to about 400 robot makers, has set up a 20-billion-yuan robotics industry fund "
                 "and has issued computing vouchers worth 300 million yuan since 2023.", [],
                 id="a_fund_and_vouchers_of_a_city_that_opens_its_sentence_are_public_money_no_row"),
    pytest.param("China Mobile has set up a 10-billion-yuan AI fund.", [("10-billion-yuan", "other")],
                 id="a_fund_and_vouchers_of_a_city_that_opens_its_sentence_are_public_money_no_row_2"),
    pytest.param('A ruling against the state could expose freight carriers to "billions of dollars" in refunds, '
                 'the association said.', [],
                 id="what_a_ruling_could_expose_a_group_of_companies_to_is_no_row_but_one_company_s_exposure_is"),
    pytest.param("The ruling could expose Keystone to $2 billion in claims.", [("$2 billion", "other")],
                 id="what_a_ruling_could_expose_a_group_of_companies_to_is_no_row_but_one_company_s_exposure_is_2"),
    pytest.param("Saudi buyers spent 2.1 billion riyals on the marketplace in the first half, up 18 per "
                 "cent.", [("2.1 billion riyals", "transaction_volume"), ("18 per cent", "transaction_volume")],
                 id="what_buyers_spent_on_a_platform_is_its_transaction_volume"),
    pytest.param("In 2018 the lender paid $75 million to resolve claims that it overcharged borrowers.",
                 [("$75 million", "fine")], id="money_paid_to_resolve_claims_or_charges_is_a_penalty"),
    pytest.param("Halvorsen took on $3 billion of debt, about 5 times its EBITDA, to buy the chain.",
                 [("$3 billion", "other")],
                 id="a_sum_borrowed_with_what_it_is_of_before_a_multiple_of_ebitda_is_no_profit"),
    pytest.param("Analysts value the cement arm at 4 billion euros, or 9 times its 2026 EBITDA.",
                 [("4 billion euros", "valuation")],
                 id="a_sum_borrowed_with_what_it_is_of_before_a_multiple_of_ebitda_is_no_profit_2"),
    pytest.param("The grant covers a small part of Nordwerk's $450 million expansion of its bearing plant in Ohio.",
                 [("$450 million", "investment")], id="a_sum_right_before_a_companys_expansion_is_money_put_into_it"),
    pytest.param("The rand firmed 0.3% against the dollar, and the central bank bought $95 million in the spot "
                 "market, bringing its purchases this year to $2.1 billion.", [("0.3%", "other")],
                 id="a_central_bank_s_purchases_opening_a_clause_after_a_coordinator_are_public_finance"),
    pytest.param("The college spent $120 million on a new home for the business school.",
                 [("$120 million", "investment")],
                 id="a_home_spent_on_for_someone_else_or_a_villa_complex_stays_a_row"),
    pytest.param("The hotel group spent $80 million on a beachfront villa complex in Bali.",
                 [("$80 million", "investment")],
                 id="a_home_spent_on_for_someone_else_or_a_villa_complex_stays_a_row_2"),
    pytest.param("The hedge fund spent $30 million on a penthouse office for its traders.",
                 [("$30 million", "investment")],
                 id="a_home_spent_on_for_someone_else_or_a_villa_complex_stays_a_row_3"),
    pytest.param("Kestrel said it had $4.8 billion remaining at the end of March, under an authorization that "
                 "expires in 2028.", [("$4.8 billion", "investment")],
                 id="a_sum_left_under_a_companys_authorisation_is_investment_and_a_fine_near_the_word_stays_a_fine"),
    pytest.param("The regulator fined the broker $3 million for dealing without authorisation.",
                 [("$3 million", "fine")],
                 id="a_sum_left_under_a_companys_authorisation_is_investment_and_a_fine_near_the_word_stays_a_fine_2"),
    pytest.param("The hospital's new cancer wing, budgeted at $310 million, will take three years to "
                 "build.", [("$310 million", "investment")], id="a_project_budgeted_at_a_sum_is_investment"),
])
def test_money_put_in_spent_or_paid_under_a_deal_or_ruling_takes_the_kind_its_deed_tells(text, expected):
    assert kinds_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Sales of Galaxy phones over the Cyber Monday weekend climbed 12%, Samsung said on Tuesday.",
                 [("12%", "revenue")],
                 id="a_company_s_sales_of_its_goods_over_a_shopping_festival_are_its_own_not_the_festival_s"),
    pytest.param("Sales of this year's Black Friday shopping event rose 6% to $9.1 billion, Adobe said.",
                 [("6%", "transaction_volume"), ("$9.1 billion", "transaction_volume")],
                 id="a_company_s_sales_of_its_goods_over_a_shopping_festival_are_its_own_not_the_festival_s_2"),
    pytest.param("Sales of toys and games during Singles Day rose 14%, according to the data firm Syntun.",
                 [("14%", "transaction_volume")],
                 id="a_company_s_sales_of_its_goods_over_a_shopping_festival_are_its_own_not_the_festival_s_3"),
    pytest.param("Citigroup raised its second-half oil price forecast to $68 from $64.",
                 [("$68", "other"), ("$64", "other")],
                 id="a_forecast_for_a_quarter_raised_to_a_price_is_no_money_raised"),
    pytest.param("Shares of Veridane jumped 58% in their Nasdaq debut on Thursday, giving the company a market value "
                 "of about $19.6 billion and offering the strongest sign yet that the market for technology listings "
                 "has reopened.", [("58%", "share_move"), ("$19.6 billion", "market_cap")],
                 id="a_trigger_after_and_past_a_sum_is_another_predicates"),
    pytest.param("Adjusted earnings per American depositary share are forecast at 13.05 yuan, down from 15.06 yuan a "
                 "year ago, as the company pours money into its Taobao Instant Commerce service.",
                 [("13.05 yuan", "profit"), ("15.06 yuan", "profit")],
                 id="a_trigger_in_a_clause_of_its_own_after_a_comma_says_nothing_of_the_sum_before"),
    pytest.param("The New Zealand dollar ended Friday's session at 57.12 US cents, having fallen 1.4% over the week.",
                 [("1.4%", "other")], id="a_currencys_move_told_after_a_comma_is_the_markets_and_its_level_no_money"),
    pytest.param("The onshore yuan closed at 7.1035 per dollar, up 0.2% on the week.", [("0.2%", "other")],
                 id="a_currencys_move_told_after_a_comma_is_the_markets_and_its_level_no_money_2"),
    pytest.param("Alibaba closed at HK$138.20, up 2% on the day.", [("HK$138.20", "share_price"), ("2%", "share_move")],
                 id="a_currencys_move_told_after_a_comma_is_the_markets_and_its_level_no_money_3"),
    pytest.param("Nio fell 7.4% on Friday after the company said it would raise $1 billion from investors.",
                 [("7.4%", "share_move"), ("$1 billion", "investment")],
                 id="a_trigger_in_a_later_clause_says_nothing_of_the_move_before_it"),
    pytest.param("Analysts on average expect the pill to reach peak annual sales of about $6.5 billion by 2033, "
                 "according to LSEG data, though individual estimates range from $2 billion to more than $11 billion.",
                 [("$6.5 billion", "revenue"), ("$2 billion", "revenue"), ("$11 billion", "revenue")],
                 id="the_second_end_of_a_range_told_with_from_takes_the_first_ends_kind"),
    pytest.param(
        "The company reported revenue of $1.92 billion for its fiscal third quarter, which ended Oct. 31, up "
        "24% from $1.55 billion a year earlier and ahead of the $1.85 billion analysts had expected.",
        [("$1.92 billion", "revenue"), ("24%", "revenue"), ("$1.55 billion", "revenue"), ("$1.85 billion", "revenue")],
        id="the_amount_analysts_had_expected_is_of_the_kind_it_is_compared_with"),
    pytest.param("Tencent, which reported a 15% rise in third-quarter revenue to 193 billion yuan on Nov. 12, has "
                 "climbed 41% in 2026.", [("15%", "revenue"), ("193 billion yuan", "revenue"), ("41%", "share_move")],
                 id="a_long_relative_clause_keeps_its_kind_from_the_companys_own_move"),
    pytest.param("The loss narrowed to 3.6 billion yuan in the first three months of 2025, then to 3.0 billion yuan "
                 "in the April-June quarter and 2.3 billion yuan in the three months to September.",
                 [("3.6 billion yuan", "profit"), ("3.0 billion yuan", "profit"), ("2.3 billion yuan", "profit")],
                 id="each_sum_of_a_list_told_for_its_period_is_the_same_measure"),
    # a sum with a word of its own after it tells no period and keeps its own kind
    pytest.param("Revenue was $5 billion in the quarter and $300 million in buybacks.",
                 [("$5 billion", "revenue"), ("$300 million", "investment")],
                 id="a_sum_with_a_word_of_its_own_after_it_tells_no_period_and_keeps_its_own_kind"),
    pytest.param("The Ningbo-Hamburg route gained 7% to $2,840 per container in the week to Thursday.",
                 [("7%", "other"), ("$2,840", "other")],
                 id="a_move_to_a_price_per_unit_of_a_good_is_that_goods_price_whatever_name_moves"),
    pytest.param("Zhengzhou cotton rose 2.5% to 14,650 yuan a tonne on Monday.",
                 [("2.5%", "other"), ("14,650 yuan", "other")],
                 id="a_move_to_a_price_per_unit_of_a_good_is_that_goods_price_whatever_name_moves_2"),
    # shares are priced by the share: a company that moves to a bare price is its stock
    pytest.param("Hapag-Lloyd fell 3.2% to 131.40 euros in Frankfurt.",
                 [("3.2%", "share_move"), ("131.40 euros", "share_price")],
                 id="shares_are_priced_by_the_share_a_company_that_moves_to_a_bare_price_is_its_stock"),
    pytest.param("The guild expects felt exports through online platforms to top $25 million next year.",
                 [("$25 million", "transaction_volume")],
                 id="exports_through_online_platforms_with_no_article_are_what_the_platforms_transact"),
    pytest.param("Charter rates for a dry-bulk ship from Santos to Qingdao have climbed about 40% since July, "
                 "brokers said.", [("40%", "other")],
                 id="a_charter_rate_that_moves_is_the_market_s_though_the_route_it_is_told_for_names_ports"),
    pytest.param("Analysts estimated that the port strike would cost shipping lines as much as $80 million.",
                 [("$80 million", "other")],
                 id="what_a_disruption_costs_a_group_of_businesses_is_a_loss_of_kind_other"),
    pytest.param("The courier's average cost per parcel rose to 2.40 yuan in the September quarter from 2.25 "
                 "yuan a year earlier.", [], id="a_cost_per_unit_told_by_the_levels_it_moved_between_is_no_row"),
    pytest.param("The gold miner expects to produce 410,000 to 450,000 ounces next year at all-in sustaining costs "
                 "of $1,280 to $1,360 an ounce.", [],
                 id="a_cost_per_unit_told_as_a_level_after_costs_of_is_no_row_but_a_cost_with_a_magnitude_is"),
    pytest.param("Its new copper pit should run at cash costs of about $1,950 a tonne.", [],
                 id="a_cost_per_unit_told_as_a_level_after_costs_of_is_no_row_but_a_cost_with_a_magnitude_is_2"),
    pytest.param("The carrier expects restructuring costs of $1.2 billion a year through 2027.",
                 [("$1.2 billion", "other")],
                 id="a_cost_per_unit_told_as_a_level_after_costs_of_is_no_row_but_a_cost_with_a_magnitude_is_3"),
    pytest.param(
        "Meituan's overseas revenue rose to $1.4 billion, more than double the $690 million of a year earlier.",
        [("$1.4 billion", "revenue"), ("$690 million", "revenue")],
        id="a_multiple_of_an_earlier_sum_after_a_companys_revenue_stays_its_revenue"),
    pytest.param("Harbin Resources Group reported March sales of 12.1 billion yuan, up 4%.",
                 [("12.1 billion yuan", "revenue"), ("4%", "revenue")],
                 id="a_companys_sales_of_a_month_stay_its_revenue_though_a_place_opens_its_name"),
    pytest.param("The board's purchase price rose to 1.4 million pesos per 125-kilogram load on Friday.",
                 [("1.4 million pesos", "other")],
                 id="a_crops_price_by_the_bag_or_load_is_a_commodity_price_whatever_word_of_purchase_stands_before"),
    pytest.param("The board's purchase price stood at 1.4 million pesos per 125-kilogram load on Friday, down from a "
                 "record 1.9 million pesos set in March.",
                 [("1.4 million pesos", "other"), ("1.9 million pesos", "other")],
                 id="a_crops_price_by_the_bag_or_load_is_a_commodity_price_whatever_word_of_purchase_stands_before_2"),
    pytest.param("The retailer will invest 40 million pounds of its own cash in new stores.",
                 [("40 million pounds", "investment")],
                 id="pounds_of_money_stay_sterling_though_a_good_may_follow_them"),
    pytest.param("The chipmaker forecast sales of $2.3 billion, plus or minus $100 million, for the quarter.",
                 [("$2.3 billion", "revenue")], id="a_tolerance_around_a_forecast_is_no_figure_of_its_own"),
    pytest.param("The toymaker's revenue rose to $820 million through Amazon and its own shops.",
                 [("$820 million", "revenue")],
                 id="a_companys_own_revenue_told_through_a_marketplace_stays_its_revenue"),
    pytest.param("Sales at Harrods rose 6%, the British Retail Consortium said.", [("6%", "revenue")],
                 id="a_sale_told_at_a_name_stays_that_company_s_though_a_trade_body_tells_it"),
])
def test_a_sum_takes_the_kind_its_own_words_and_its_clause_tell(text, expected):
    assert kinds_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Shares of Korvane Systems have doubled since March, valuing the chipmaker at about $48 "
                 "billion, even after an 11% slide from their July high.",
                 { "doubled": "share_move", "$48 billion": "market_cap", "11%": "share_move"},
                 id="a_move_after_the_aside_that_values_a_listed_group_is_the_stock_s"),
    pytest.param("The company expects net bookings of $1.45 billion to $1.55 billion for the fiscal year, and "
                 "booked $290 million of net bookings in the quarter.",
                 { "$1.45 billion": "revenue", "$1.55 billion": "revenue", "$290 million": "revenue"},
                 id="net_bookings_spending_per_customer_and_a_debut_fund_take_their_own_kinds"),
    pytest.param("Calder said the delay moves roughly $400 million of bookings out of the current fiscal "
                 "year.", {"$400 million": "revenue"},
                 id="net_bookings_spending_per_customer_and_a_debut_fund_take_their_own_kinds_2"),
    pytest.param("Customer traffic slipped, while average spending per customer increased 2.6%, the company "
                 "said.", {"2.6%": "revenue"},
                 id="net_bookings_spending_per_customer_and_a_debut_fund_take_their_own_kinds_3"),
    pytest.param("The firm has not yet invested all of the $1.5 billion its debut fund collected in "
                 "2023.", {"$1.5 billion": "investment"},
                 id="net_bookings_spending_per_customer_and_a_debut_fund_take_their_own_kinds_4"),
    pytest.param("Its gross margin narrowed to 17.1% as revenue rose 20% to 9.2 billion yuan.",
                 { "20%": "revenue", "9.2 billion yuan": "revenue"},
                 id="net_bookings_spending_per_customer_and_a_debut_fund_take_their_own_kinds_5"),
    pytest.param("Maersk shares rose 2% on Thursday, and the Asia-Europe price climbed to $2,310 per "
                 "container.", {"2%": "share_move", "$2,310": "other"},
                 id="a_freight_rate_per_box_is_the_market_s_and_a_multiple_of_the_offer_price_is_the_stock_s"),
    pytest.param("The shares opened at 186 yuan, more than triple the offer price of 58.80 yuan, and closed "
                 "up 241%.",
                 {"186 yuan": "share_price", "triple": "share_move", "58.80 yuan": "share_price", "241%": "share_move"},
                 id="a_freight_rate_per_box_is_the_market_s_and_a_multiple_of_the_offer_price_is_the_stock_s_2"),
    pytest.param("Morningstar puts Halvard Bank's fair value at roughly 62 billion kronor, a third above its "
                 "market value.", {"62 billion kronor": "valuation"},
                 id="a_company_s_fair_value_of_billions_is_its_valuation_while_one_per_share_stays_a_target"),
    # a name in capitals priced at a sum of billions is priced as a whole company; an IPO so priced stays its listing
    pytest.param("Before the slump Brevik was priced at about 14 billion kronor, its backers said.",
                 {"14 billion kronor": "valuation"},
                 id="a_company_s_fair_value_of_billions_is_its_valuation_while_one_per_share_stays_a_target_4"),
    pytest.param("The IPO was priced at $2.1 billion, the bankers said.", {"$2.1 billion": "ipo"},
                 id="a_company_s_fair_value_of_billions_is_its_valuation_while_one_per_share_stays_a_target_5"),
    pytest.param("Morningstar cut Halvard Bank's fair value to 118 kronor from 125 kronor.",
                 { "118 kronor": "share_price", "125 kronor": "share_price"},
                 id="a_company_s_fair_value_of_billions_is_its_valuation_while_one_per_share_stays_a_target_2"),
    # (a holding carried at its fair value is the stake's money, no company's worth; a row still, so "!=" would let
    # a lost row pass)
    pytest.param("The insurer carried the stake at a fair value of $1.2 billion.", { "$1.2 billion": "investment"},
                 id="a_company_s_fair_value_of_billions_is_its_valuation_while_one_per_share_stays_a_target_3"),
    pytest.param("Shares of the Shanghai chipmaker ended 8% below their offer price of 24.50 yuan on their "
                 "second day of trading.", {"8%": "share_move", "24.50 yuan": "ipo"},
                 id="an_offer_price_a_debut_closed_above_or_below_is_the_listing_s_price"),
    pytest.param(
        "The benchmark Taiex index rose 0.8% to a record close of 24,310.50 on Friday, beating its peak "
        "from July, and it has gained 21% this year.", {"0.8%": "other", "21%": "other"},
        id="an_index_opening_its_sentence_after_the_keeps_its_later_move_told_by_it_past_a_level_and_a_clause"),
    pytest.param("Brookmere Energy Partners declared a quarterly distribution of 52 cents per share.",
                 { "52 cents": "other"}, id="a_distribution_paid_per_share_is_a_dividend_not_the_stocks_price"),
    pytest.param("Kuaishou, which had rallied 14 percent over the previous two weeks, slid 3.2 percent on "
                 "Monday as the Hang Seng Tech Index fell 2.1 percent.",
                 { "14 percent": "share_move", "3.2 percent": "share_move", "2.1 percent": "other"},
                 id="a_move_told_in_a_relative_clause_after_a_company_is_its_shares_move_beside_an_index"),
    pytest.param("Fee income also came from sellers on Lazada, which grew 18 percent in the half.",
                 { "18 percent": "revenue"},
                 id="a_relative_clause_after_a_name_that_opens_no_clause_tells_no_share_move"),
    pytest.param("Sunny Optical (2382) slid 4.3 percent to HK$61.20 after its shipments missed forecasts.",
                 { "4.3 percent": "share_move", "HK$61.20": "share_price"},
                 id="a_company_named_with_its_stock_code_in_brackets_moves_its_own_shares"),
    pytest.param("Meituan (3690.HK) rose 2.4% in afternoon trade.", {"2.4%": "share_move"},
                 id="a_company_named_with_its_stock_code_in_brackets_moves_its_own_shares_2"),
    pytest.param("The Dutch chip equipment maker slid 5.2% after it cut its outlook.", {"5.2%": "share_move"},
                 id="a_company_named_by_a_few_words_and_its_noun_that_moves_is_its_stock"),
    pytest.param("The Japanese carmaker's operating profit fell 12%.", {"12%": "profit"},
                 id="a_company_named_by_a_few_words_and_its_noun_that_moves_is_its_stock_2"),
    pytest.param("Harcourt Rail first listed in Sydney in 2016 at A$2.50 a share, before the mining boom "
                 "faded.", {"A$2.50": "ipo"},
                 id="the_price_per_share_a_company_first_listed_at_is_its_ipo_price_and_a_later_trade_its_share_price"),
    pytest.param(
        "Harcourt Rail went public in 2016 and now trades at A$7.80 a share.", { "A$7.80": "share_price"},
        id="the_price_per_share_a_company_first_listed_at_is_its_ipo_price_and_a_later_trade_its_share_price_2"),
    pytest.param("The shipbuilder listed on the Oslo Bors in March 2004 at 42 kroner a share, and paid its "
                 "first dividend a year later.", {"42 kroner": "ipo"},
                 id="the_price_per_share_a_company_listed_on_an_exchange_at_is_its_ipo_price"),
    pytest.param("Shares of the Oslo-listed shipbuilder closed at 96 kroner on Friday.", { "96 kroner": "share_price"},
                 id="the_price_per_share_a_company_listed_on_an_exchange_at_is_its_ipo_price_2"),
    pytest.param("Since it went public in 2019 the stock has traded at A$4.10 on average.", { "A$4.10": "share_price"},
                 id="a_price_a_verb_of_trading_takes_after_a_listing_is_where_the_stock_trades_not_its_ipo_price"),
    pytest.param("Ostrava Pharma, which first floated in Prague in 2021 at 310 crowns a share, cut its "
                 "forecast.", {"310 crowns": "ipo"},
                 id="a_price_a_verb_of_trading_takes_after_a_listing_is_where_the_stock_trades_not_its_ipo_price_2"),
    pytest.param(
        "Brent traded at $61.85 in late London trading.", {"$61.85": "other"},
        id="a_benchmark_crude_that_opens_the_sentence_and_trades_at_a_level_is_the_market_not_a_stock_named_so"),
    pytest.param(
        "WTI settled the week at $57.40, its lowest close since May.", {"$57.40": "other"},
        id="a_benchmark_crude_that_opens_the_sentence_and_trades_at_a_level_is_the_market_not_a_stock_named_so_2"),
    pytest.param(
        "Brent Offshore closed at $14.10 in Oslo.", {"$14.10": "share_price"},
        id="a_benchmark_crude_that_opens_the_sentence_and_trades_at_a_level_is_the_market_not_a_stock_named_so_3"),
    pytest.param("The Celtics are now worth $6 billion, according to the valuations Sportico published in "
                 "March.", {"$6 billion": "valuation"},
                 id="a_worth_told_by_published_valuations_and_a_units_worth_a_fund_puts_at_are_valuations"),
    pytest.param("The market still overlooks the payments business, which we value at US$40 billion.",
                 { "US$40 billion": "valuation"},
                 id="a_worth_told_by_published_valuations_and_a_units_worth_a_fund_puts_at_are_valuations_2"),
    # setEY, ey_alipay_history
    pytest.param("The float would have raised about $9 billion, the biggest IPO in Europe since 2019.",
                 { "$9 billion": "ipo"}, id="a_sum_told_beside_the_biggest_ipo_it_was_is_the_listing_s"),
    # setEX, ex_port_strike: freight rates are the market's
    pytest.param("Spot freight rates from Shanghai to the West Coast have climbed about 11% this month.",
                 { "11%": "other"}, id="a_coast_a_rate_is_told_to_is_a_place_and_no_company_whose_stock_moved"),
    pytest.param("The contract, awarded in May 2023, was worth about $1.2 billion over ten years.",
                 { "$1.2 billion": "other"},
                 id="what_a_contract_or_deal_is_worth_past_an_aside_or_a_report_is_no_market_value"),
    pytest.param("The seven-year deal was said at the time to be worth about $600 million.",
                 { "$600 million": "investment"},
                 id="what_a_contract_or_deal_is_worth_past_an_aside_or_a_report_is_no_market_value_2"),
    pytest.param("The utility signed a supply agreement with Norvik Energy, a deal the Oslo-based group said "
                 "was worth about 4 billion crowns over eight years.", {"4 billion crowns": "investment"},
                 id="what_a_deal_or_a_contract_is_worth_by_the_word_of_someone_who_told_it_is_no_market_value"),
    pytest.param("The shipyard won a contract that people close to the talks said was worth $850 million.",
                 {"$850 million": "other"},
                 id="what_a_deal_or_a_contract_is_worth_by_the_word_of_someone_who_told_it_is_no_market_value_2"),
    pytest.param("Corvex, which analysts said was worth about $40 billion, rose 3%.",
                 { "$40 billion": "market_cap", "3%": "share_move"},
                 id="what_a_deal_or_a_contract_is_worth_by_the_word_of_someone_who_told_it_is_no_market_value_3"),
    pytest.param("Halden, founded in 1998, was worth about $12 billion at the time.", { "$12 billion": "market_cap"},
                 id="a_company_worth_a_sum_past_an_aside_is_still_its_market_value"),
    pytest.param("At the listing, his stake of about 2.1% was worth roughly $900 million.",
                 { "$900 million": "valuation"}, id="a_stake_of_a_share_worth_a_sum_is_no_market_value"),
    pytest.param("Nordhaven Energy was valued at about 58 billion kroner at Friday's close in Oslo.",
                 { "58 billion kroner": "market_cap"},
                 id="a_company_valued_at_a_sum_at_a_trading_day_close_is_its_market_value"),
    pytest.param("The startup was valued at about $3 billion in its last funding round.", { "$3 billion": "valuation"},
                 id="a_company_valued_at_a_sum_at_a_trading_day_close_is_its_market_value_2"),
    pytest.param("Excluding one-off items, Brismore earned 88 cents per share in the third quarter.",
                 { "88 cents": "profit"},
                 id="a_sum_per_share_after_a_word_of_profit_in_its_clause_is_earnings_per_share_not_the_stocks_price"),
    pytest.param(
        "The insurer posted a profit of $2.05 a share for the year.", {"$2.05": "profit"},
        id="a_sum_per_share_after_a_word_of_profit_in_its_clause_is_earnings_per_share_not_the_stocks_price_2"),
    pytest.param(
        "Brismore closed at $46 a share on Friday.", {"$46": "share_price"},
        id="a_sum_per_share_after_a_word_of_profit_in_its_clause_is_earnings_per_share_not_the_stocks_price_3"),
    # setGI, gi_intime_sunart
    pytest.param("Harwell said it would sell its 61.2 per cent holding in the grocer at HK$3.40 a share.",
                 { "HK$3.40": "share_price"},
                 id="a_price_per_share_after_a_stake_sold_is_the_deals_price_not_the_stakes_level"),
    pytest.param("Founder Colin Huang, worth about $38 billion, gave up his board seat.", { "$38 billion": "net_worth"},
                 id="a_person_named_after_a_title_and_set_off_with_a_worth_has_a_fortune"),
    pytest.param("Its broadcast deals with ESPN, Fox and Netflix, worth about $40 billion, began in 2025.",
                 { "$40 billion": "other"},
                 id="a_list_of_names_before_a_worth_is_no_company_and_a_league_is_left_to_its_words"),
    pytest.param("Victory put the club in the Conference League, worth at least £8 million in prize money.",
                 { "£8 million": "other"},
                 id="a_list_of_names_before_a_worth_is_no_company_and_a_league_is_left_to_its_words_2"),
    pytest.param("The Lindqvist family still controls the glassmaker, which bankers put at about 2 billion "
                 "Swedish crowns.", {"2 billion Swedish crowns": "valuation"},
                 id="what_bankers_put_a_family_business_at_is_its_valuation"),
    pytest.param("Arbitrageurs reckon Pellam shares could drop to $38 if the deal is blocked by regulators.",
                 { "$38": "share_price"},
                 id="a_price_a_stock_would_move_to_under_a_condition_of_a_deal_is_its_price_and_no_sum_owed"),
    pytest.param(
        "The stock has had a rough year. It fell 40% in the spring, then rose 25% over the summer. "
        "It is down 3% so far this week.", {"40%": "share_move", "25%": "share_move", "3%": "share_move"},
        id="it_that_moves_after_a_sentence_that_opens_with_the_stock_is_the_stock_and_so_is_its_next_predicate"),
    # an economy that a sentence opens with is no stock
    pytest.param("The economy has had a rough year. It shrank 2% in the spring, then grew 1% over the "
                 "summer.", {"2%": "other", "1%": "other"}, id="an_economy_that_a_sentence_opens_with_is_no_stock"),
    pytest.param("The sol firmed 0.4% against the dollar on Tuesday.", {"0.4%": "other"},
                 id="the_sol_that_moves_against_the_dollar_is_a_currency_move_of_the_market"),
    pytest.param("The purchases, worth about 1.2 trillion won, made Tencent the most-held Chinese stock among "
                 "Korean retail investors.", {"1.2 trillion won": "investment"},
                 id="purchases_of_a_stock_worth_a_sum_are_investment"),
    pytest.param("The customs agency fined the two carriers, the port operator and its agent 200,000 yuan each "
                 "for late declarations.", {"200,000 yuan": "fine"},
                 id="a_sum_several_parties_were_each_fined_is_a_fine_while_shares_sold_at_a_price_each_keep_it"),
    pytest.param("The football association fined both clubs £40,000 apiece after the brawl.", { "£40,000": "fine"},
                 id="a_sum_several_parties_were_each_fined_is_a_fine_while_shares_sold_at_a_price_each_keep_it_2"),
    pytest.param("The exchange fined the broker after it sold client shares at $12 each.", { "$12": "share_price"},
                 id="a_sum_several_parties_were_each_fined_is_a_fine_while_shares_sold_at_a_price_each_keep_it_3"),
    pytest.param("Shares of the regional lender were halted by Nasdaq on Friday after falling 81% since "
                 "March.", {"81%": "share_move"},
                 id="a_move_told_after_an_exchange_halted_the_shares_is_the_stocks_move_not_the_index"),
    pytest.param("The Nasdaq fell 2.1% on Friday.", {"2.1%": "other"},
                 id="a_move_told_after_an_exchange_halted_the_shares_is_the_stocks_move_not_the_index_2"),
    pytest.param("Solar ETF draws $60 million in debut week as clean-energy stocks rally",
                 { "$60 million": "investment"},
                 id="a_headline_fund_that_draws_a_sum_in_its_debut_week_draws_investment_not_listing_money"),
    pytest.param("The brewer's shares drifted for most of the spring, and by the time the chairman stepped down "
                 "in late June they had slipped to $41.20.", {"$41.20": "share_price"},
                 id="shares_that_had_slipped_to_a_price_after_a_long_fronted_clause_are_still_the_shares_price"),
    # a verb that takes the level as its object (joins.tsv role=pronoun_reached) needs no "at" before it
    pytest.param("Calder Copper shares fell 3.6% on Wednesday. They hit C$7.15 in January, a record.",
                 {"3.6%": "share_move", "C$7.15": "share_price"},
                 id="the_level_a_stock_pronoun_hit_with_no_at_right_after_the_stocks_move_is_its_price"),
    # the pronoun and its verb right after the level tell whose it is, however many words stand before it
    pytest.param("Tessaro's shares have risen about 40% since January on hopes for its cheaper electric hatchback and "
                 "a new battery plant, though they remain far below the $88.60 they reached in March 2021.",
                 {"40%": "share_move", "$88.60": "share_price"},
                 id="a_level_the_moving_stocks_pronoun_reached_in_a_clause_after_it_is_that_stocks_price"),
    # only a verb of the level (joins.tsv role=pronoun_level) may stand between the pronoun and it, no object
    pytest.param("Brightline Audio shares slipped 2.5% on Tuesday. It sells headphones at $149.",
                 {"2.5%": "share_move", "$149": "other"},
                 id="a_price_a_pronoun_sells_a_product_at_after_a_stocks_move_is_no_stocks_price"),
    pytest.param("Brightline Audio shares slipped 2.5% on Tuesday. They had closed at $14.90 a year ago.",
                 { "2.5%": "share_move", "$14.90": "share_price"},
                 id="a_price_a_pronoun_sells_a_product_at_after_a_stocks_move_is_no_stocks_price_2"),
    pytest.param("Last year the fund offloaded another 4% of the retailer for about $95 million.",
                 { "$95 million": "investment"}, id="a_stake_offloaded_for_a_sum_is_an_investment"),
    # "offloaded" is a stake sale only with what the other selling words need after it (its, a stake, shares)
    pytest.param("Norsk Metall offloaded 8,000 tonnes of aluminium for $4 million.", {"$4 million": "other"},
                 id="goods_offloaded_for_a_sum_are_no_stake_sold"),
    pytest.param("Norsk Metall offloaded its stake in the smelter for $40 million.", { "$40 million": "investment"},
                 id="goods_offloaded_for_a_sum_are_no_stake_sold_2"),
    pytest.param("The chain floated in 2019 at an issue price of 250 pence a share and now trades at 90 pence.",
                 {"250 pence": "ipo", "90 pence": "share_price"},
                 id="a_listing_s_issue_price_is_an_ipo_figure_not_a_share_price"),
    pytest.param("On 14 times next year's earnings, Harwell Insurance is worth about $22 billion.",
                 { "$22 billion": "valuation"},
                 id="a_worth_told_after_a_valuation_multiple_applied_on_a_measure_is_a_valuation_not_a_market_value"),
    # a multiple the stock trades at leaves the market value its shares give
    pytest.param("The stock trades at 12 times forward earnings, giving Kestrel a market value of "
                 "$300 billion.", {"$300 billion": "market_cap"},
                 id="a_multiple_the_stock_trades_at_leaves_the_market_value_its_shares_give"),
    # ... and so does one it trades on
    pytest.param("Trading on 22 times forward earnings, Harwell has a market value of $60 billion.",
                 { "$60 billion": "market_cap"}, id="and_so_does_one_it_trades_on"),
    pytest.param("The shares trade on 18 times earnings, giving the insurer a market value of "
                 "$9 billion.", {"$9 billion": "market_cap"},
                 id="a_worth_told_after_a_valuation_multiple_applied_on_a_measure_is_a_valuation_not_a_market_value_4"),
    pytest.param("The logistics unit is worth $18 billion, roughly 7 times its 2027 EBITDA, in the note.",
                 { "$18 billion": "valuation"},
                 id="a_sum_right_before_the_valuation_multiple_it_stands_at_is_a_valuation_not_the_multiple_s_measure"),
    # what analysts put a unit at is a worth too
    pytest.param("Analysts put the insurance arm at $30 billion, or about 12 times its 2026 earnings.",
                 { "$30 billion": "valuation"}, id="what_analysts_put_a_unit_at_is_a_worth_too"),
    pytest.param("Research spending climbed to $6 billion, nearly 3 times operating cash flow.",
                 { "$6 billion": "other"},
                 id="a_sum_spent_or_borrowed_at_a_multiple_of_earnings_is_no_valuation_nor_the_multiple_s_measure"),
    pytest.param("Corrib Energy borrowed $3 billion, about 5 times its EBITDA.", {"$3 billion": "other"},
                 id="a_sum_spent_or_borrowed_at_a_multiple_of_earnings_is_no_valuation_nor_the_multiple_s_measure_2"),
    pytest.param(
        "Shipments of frozen shrimp climbed to 41,000 tonnes in the third quarter. Their value rose 6% "
        "to 12.4 billion rupees.", {"6%": "other", "12.4 billion rupees": "other"},
        id="their_value_after_a_sentence_of_exports_is_the_goods_worth_while_after_a_stock_s_move_it_stays_the_stock"),
    pytest.param(
        "Shares of Corvina Foods fell 5% on Monday. Their value rose 2% on Tuesday.",
        { "5%": "share_move", "2%": "share_move"},
        id="their_value_after_a_sentence_of_exports_is_the_goods_worth_while_after_a_stock_s_move_it_stays_the_"
           "stock_2"),
    pytest.param("Delmar Outdoor filed for Chapter 11 protection on Tuesday, listing liabilities of $870 million "
                 "against assets of $410 million in its petition.", {"$870 million": "other", "$410 million": "other"},
                 id="a_bankruptcy_filing_listing_assets_and_debts_enumerates_them_and_names_no_listing_on_an_exchange"),
    pytest.param("Orvane earnings preview: subscription growth in focus as options price an 8% swing",
                 {"8%": "share_move"},
                 id="the_swing_options_price_in_is_the_stock_s_move_not_the_revenue_its_sentence_names"),
    pytest.param("Brevik Salmon, which sold its shares at 54 kroner apiece when it listed in Oslo in 2022, "
                 "fell 3.4% on Friday.", {"54 kroner": "ipo", "3.4%": "share_move"},
                 id="a_price_per_share_told_with_when_it_listed_is_its_ipo_price"),
    pytest.param("Each ADR represents four ordinary shares, so the combined payout works out to roughly "
                 "$0.31 per share.", {"$0.31": "other"},
                 id="a_payout_that_works_out_to_a_sum_per_share_is_a_dividend_not_the_stocks_price"),
    pytest.param("Aldar Properties edged up 0.3% and has gained 11.6% since the start of the year.",
                 {"0.3%": "share_move", "11.6%": "share_move"},
                 id="a_company_that_moves_and_has_moved_again_with_no_comma_between_is_its_stock_both_times"),
    pytest.param("Shareholders of Halden Cement approved the $2.40 per share dividend at Tuesday's meeting.",
                 { "$2.40": "other"},
                 id="a_dividend_told_per_share_before_its_noun_is_the_dividend_not_the_stocks_price"),
    pytest.param("Harwell Foods will pay a $0.45 per-share dividend in March.", {"$0.45": "other"},
                 id="a_dividend_told_per_share_before_its_noun_is_the_dividend_not_the_stocks_price_2"),
    pytest.param("Harbour Logistics jumped 6.5% to $18.20 on Tuesday, valuing the group at roughly $2.4 "
                 "billion.", {"6.5%": "share_move", "$18.20": "share_price", "$2.4 billion": "market_cap"},
                 id="a_value_its_clause_gives_after_the_price_a_stock_moved_to_is_its_market_value"),
    pytest.param("Ghanaian shea butter makers sold products worth $9 million through the platform last "
                 "year.", {"$9 million": "transaction_volume"},
                 id="goods_sold_through_a_site_are_its_transaction_volume_and_a_basket_s_worth_is_one_order"),
    pytest.param("Buyers placed 2 million orders, and the typical basket was worth about 35 euros.",
                 { "35 euros": "other"},
                 id="goods_sold_through_a_site_are_its_transaction_volume_and_a_basket_s_worth_is_one_order_2"),
    pytest.param("The trust's units, which trade on the Singapore Exchange, fell 1.1% to S$2.05 on Friday.",
                 { "1.1%": "share_move", "S$2.05": "share_price"},
                 id="units_that_trade_on_an_exchange_move_and_are_priced_as_shares"),
    # (the contrast gives a size's verb its place; a stock told by its shares is no place)
    pytest.param("Idaho's population grew 1.9% last year, while Boise Cascade shares slipped 2.4%.",
                 {"2.4%": "share_move"}, id="a_stock_move_told_against_a_population_move_stays_a_move"),
])
def test_a_stock_s_price_move_listing_or_value_takes_the_kind_its_sentence_tells(text, expected):
    assert kind_by_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Consultants said the Saudi data centre market would grow 18 percent a year through 2029, "
                 "from about 6 billion riyals last year.", {},
                 id="a_country_s_market_that_would_grow_a_rate_a_year_from_a_sum_makes_no_row"),
    pytest.param("The county has spent about $1.8 million on the cleanup, and the Legislature approved an "
                 "extra $3 million for it in April.", {},
                 id="what_a_legislature_approves_or_the_authorities_spent_is_public_money"),
    pytest.param("Dealers estimated the authorities may have spent about 2 trillion won defending the "
                 "currency last week.", {},
                 id="what_a_legislature_approves_or_the_authorities_spent_is_public_money_2"),
    pytest.param(
        "The Swiss National Bank scrapped negative interest rates in 2022 and raised its policy rate to "
        "1.75% in June.", {"1.75%": "other"},
        id="a_central_bank_s_policy_rate_after_its_interest_rates_and_its_short_term_rates_are_market_figures"),
    pytest.param(
        "Traders see a 60% chance the bank will cut short-term rates to 2.25% from 2.5% next month.",
        { "2.25%": "other", "2.5%": "other"},
        id="a_central_bank_s_policy_rate_after_its_interest_rates_and_its_short_term_rates_are_market_figures_2"),
    pytest.param("The Swiss National Bank held its own rate at 0% a week after the ECB cut.", {"0%": "other"},
                 id="a_bank_s_own_rate_and_a_headline_s_rate_cut_in_the_present_are_policy_rates"),
    pytest.param("Turkey's central bank hikes rates to 45% to tame inflation", {"45%": "other"},
                 id="a_bank_s_own_rate_and_a_headline_s_rate_cut_in_the_present_are_policy_rates_2"),
    pytest.param("Harbor Savings raises rates on easy-access accounts to 4.1%", {},
                 id="a_bank_s_own_rate_and_a_headline_s_rate_cut_in_the_present_are_policy_rates_3"),
    pytest.param("Zambia restructured its debt with official creditors in 2023. Months later, it paid about "
                 "$1.1 billion to holders of its Eurobonds.", {},
                 id="a_pronoun_for_the_government_that_opened_the_sentence_before_lays_out_public_money"),
    # a place that opens a company's name, or owns one, names no government for the pronoun to stand for
    pytest.param("Zambia Sugar restructured its loans in 2023. Months later, it paid about $1.1 billion for "
                 "a new mill.", {"$1.1 billion": "investment"},
                 id="a_place_that_opens_a_company_s_name_or_owns_one_names_no_government_for_the_pronoun_to_stand_for"),
    pytest.param("Zambia's biggest copper miner restructured its loans in 2023. Months later, it paid about "
                 "$1.1 billion for a new smelter.", {"$1.1 billion": "investment"},
                 id="a_pronoun_for_the_government_that_opened_the_sentence_before_lays_out_public_money_3"),
    pytest.param("The city awarded Harlow Builders its $40 million contract for the new depot.",
                 { "$40 million": "other"}, id="a_companys_sum_after_a_public_body_and_its_object_stays_a_row"),
    pytest.param("Ottawa-based Lumen Games spent $300 million on buybacks last year.", { "$300 million": "investment"},
                 id="a_companys_sum_after_a_public_body_and_its_object_stays_a_row_2"),
    pytest.param(
        "Under pressure from the authorities, Tencent spent $3 billion on buybacks last year.",
        { "$3 billion": "investment"},
        id="the_authorities_spend_public_money_only_as_the_subject_of_a_verb_of_money_not_as_whom_a_company_answers"),
    pytest.param(
        "Despite objections from the authorities, the group invested $250 million in the mine.",
        { "$250 million": "investment"},
        id="the_authorities_spend_public_money_only_as_the_subject_of_a_verb_of_money_not_as_whom_a_company_answers_2"),
    pytest.param(
        "After a long inquiry by the legislature, the utility paid $80 million to settle.", { "$80 million": "fine"},
        id="the_authorities_spend_public_money_only_as_the_subject_of_a_verb_of_money_not_as_whom_a_company_answers_3"),
    pytest.param(
        "Acme Corp has agreed to pay $45 million to settle the lawsuit.", {"$45 million": "fine"},
        id="a_company_that_agreed_to_pay_spent_a_further_sum_or_lifts_its_revenue_on_rich_nations_demand_keeps_its"
           "_rows"),
    pytest.param(
        "Siemens spent 2 billion euros on factories last year, and a further 500 million euros on "
        "software.", {"2 billion euros": "investment", "500 million euros": "investment"},
        id="a_company_that_agreed_to_pay_spent_a_further_sum_or_lifts_its_revenue_on_rich_nations_demand_keeps_its_rows"
           "_2"),
    pytest.param(
        "Orsted said demand from developed countries would lift its revenue to 90 billion crowns next "
        "year.", {"90 billion crowns": "revenue"},
        id="a_company_that_agreed_to_pay_spent_a_further_sum_or_lifts_its_revenue_on_rich_nations_demand_keeps_its_rows"
           "_3"),
    pytest.param("Ozempic generated $18.4 billion for Novo Nordisk last year.", {"$18.4 billion": "revenue"},
                 id="what_a_drug_generated_right_before_its_sum_is_its_revenue"),
    pytest.param("Petrobras unit wins $310 million arbitration award against former partner",
                 { "$310 million": "other"}, id="an_arbitration_award_is_damages_not_money_invested"),
    pytest.param("Net interest income, what the lender earns on loans minus what it pays on deposits, fell 3% "
                 "to $640 million.", {"3%": "revenue", "$640 million": "revenue"},
                 id="what_a_bank_pays_on_deposits_defines_its_net_interest_income_which_is_revenue"),
    pytest.param(
        "The EuroMillions jackpot grew to an estimated €180 million after Tuesday's draw. A ticket sold in "
        "Lisbon won €54 million in March. Lottolink, which runs the draws, said revenue rose 6% to €410 million.",
        {"6%": "revenue", "€410 million": "revenue"},
        id="a_lottery_jackpot_and_what_a_ticket_won_are_no_company_money_but_the_game_operator_s_revenue_is"),
    pytest.param("Bank of America invested $2 billion in the clean-energy fund, the lender said.",
                 { "$2 billion": "investment"},
                 id="what_a_lender_named_bank_of_a_place_invested_or_paid_is_its_own_money_and_stays_a_row"),
    pytest.param("The Bank of China paid 1.1 billion yuan to settle the claims on Friday.",
                 { "1.1 billion yuan": "fine"},
                 id="what_a_lender_named_bank_of_a_place_invested_or_paid_is_its_own_money_and_stays_a_row_2"),
    pytest.param("Insurers estimated that insured losses from the wildfires in the two provinces could reach "
                 "$2.1 billion, against $1.3 billion paid out after the 2021 fires.",
                 { "$2.1 billion": "other", "$1.3 billion": "other"},
                 id="a_sum_paid_out_is_no_money_invested_even_when_a_word_of_claims_stands_far_before_it"),
    pytest.param("Dana Oka's salary was $1.2 million last year, the proxy filing showed.", {},
                 id="a_named_person_s_pay_told_as_a_sum_is_no_company_money"),
    pytest.param("Training the new model cost roughly $9 million in rented computing time, the start-up "
                 "said.", {"$9 million": "investment"},
                 id="a_sum_paid_in_computing_time_to_train_a_model_is_money_spent"),
    pytest.param("Her office has gone after robocallers, securing a $95 million settlement from a telecom "
                 "carrier in 2023.", {}, id="a_settlement_an_official_s_office_secured_is_public_money"),
    pytest.param("Average spend per traveller over the holiday: 6,200 yuan, up 8% from last year.", {},
                 id="what_a_traveller_spends_per_trip_is_paid_one_by_one_and_makes_no_row"),
    pytest.param("Spending per trip averaged 3,900 yuan over the holiday, the tourism bureau said.", {},
                 id="what_a_traveller_spends_per_trip_is_paid_one_by_one_and_makes_no_row_2"),
    pytest.param("Insurers have so far paid out about $640 million of the $900 million in claims lodged after "
                 "the hailstorm.", {"$640 million": "other", "$900 million": "other"},
                 id="what_insurers_paid_out_is_claims_paid_not_money_invested"),
    pytest.param("The insurer paid out 85 million euros to farmers after the floods.", { "85 million euros": "other"},
                 id="what_insurers_paid_out_is_claims_paid_not_money_invested_2"),
    pytest.param("Landlords who ignore the new safety code can be fined up to £30,000 by councils.",
                 { "£30,000": "fine"}, id="the_most_rules_let_be_fined_is_a_fine_as_is_the_most_a_defendant_faces"),
    pytest.param("If convicted on all counts, the trader faces fines of up to $5 million.", { "$5 million": "fine"},
                 id="the_most_rules_let_be_fined_is_a_fine_as_is_the_most_a_defendant_faces_2"),
    pytest.param("The clinic's owners submitted about $12 million in fraudulent Medicaid claims over five "
                 "years, prosecutors said.", {},
                 id="a_sum_billed_falsely_or_for_care_never_given_is_the_size_of_a_crime_not_a_market_figure"),
    pytest.param("The pharmacy billed insurers for $3.1 million in prescriptions that were never "
                 "delivered.", {},
                 id="a_sum_billed_falsely_or_for_care_never_given_is_the_size_of_a_crime_not_a_market_figure_2"),
    # what a company billed, told plainly, is its billings: revenue (kinds.tsv)
    pytest.param("The hospital group billed $3.1 million in March, up from $2.8 million.",
                 { "$3.1 million": "revenue", "$2.8 million": "revenue"},
                 id="what_a_company_billed_told_plainly_is_its_billings_revenue"),
    pytest.param("The coffee cooperative said it would pay growers a bonus of $18 million for the season.",
                 { "$18 million": "other"}, id="a_bonus_a_cooperative_pays_its_growers_is_money_paid_out_not_invested"),
    pytest.param("Striking nurses will receive strike pay of about £50 a day from the union's fund.", {},
                 id="pay_drawn_on_strike_on_leave_or_laid_off_is_pay"),
    pytest.param("Each of the 400 workers at the closing plant gets redundancy pay of £18,000 on "
                 "average.", {}, id="pay_drawn_on_strike_on_leave_or_laid_off_is_pay_2"),
    pytest.param("The developer will use the cash to pay down a $250 million term loan due in 2027.",
                 { "$250 million": "other"},
                 id="paying_down_a_loan_and_setting_aside_a_provision_are_neither_a_fine_nor_revenue"),
    pytest.param("The insurer posted revenue of $3.4 billion for the year and set aside $60 million for the "
                 "lawsuit.", {"$3.4 billion": "revenue", "$60 million": "other"},
                 id="paying_down_a_loan_and_setting_aside_a_provision_are_neither_a_fine_nor_revenue_2"),
])
def test_public_money_fines_damages_and_sums_paid_out_take_the_kind_their_payer_and_deed_tell(text, expected):
    assert kind_by_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("The brewer launched a $60 million programme that will replace its bottling lines.",
                 { "$60 million": "investment"},
                 id="a_companys_programme_and_what_it_says_rebuilding_costs_stay_its_investment"),
    pytest.param("The break fee is $1.2 billion if regulators block the merger.", {"$1.2 billion": "other"},
                 id="a_deal_fee_in_millions_and_a_schools_tuition_revenue_stay_figures"),
    pytest.param("Bright Scholar said its tuition revenue rose 8% to $210 million.",
                 { "8%": "revenue", "$210 million": "revenue"},
                 id="a_deal_fee_in_millions_and_a_schools_tuition_revenue_stay_figures_2"),
    pytest.param("The port operator said automating the terminal would cost about $40 million in new "
                 "equipment and training.", {"$40 million": "investment"},
                 id="a_cost_told_with_the_systems_or_equipment_it_buys_is_money_invested"),
    pytest.param("The bourse said the longer trading day would cost about 8 billion yen in systems and "
                 "staff.", {"8 billion yen": "investment"},
                 id="a_cost_told_with_the_systems_or_equipment_it_buys_is_money_invested_2"),
    # setEX, ex_f1_calendar
    pytest.param("The festival cost about $180 million to stage in its first year.", { "$180 million": "investment"},
                 id="what_an_event_or_a_building_cost_to_stage_or_build_is_money_spent"),
    pytest.param("Norvane, for its part, has promised more than $3 billion for data centres in Poland.",
                 { "$3 billion": "investment"}, id="money_a_company_has_promised_is_money_it_invests"),
    pytest.param("Consumers spent $9.8 billion online on Boxing Day, Adobe said.",
                 { "$9.8 billion": "transaction_volume"},
                 id="what_shoppers_spent_over_a_holiday_is_what_retailers_transacted_not_an_investment"),
    pytest.param("The hotel will close for six months during a $45 million renovation, its owner "
                 "said.", {"$45 million": "investment"}, id="a_refit_or_a_renovation_is_money_invested"),
    pytest.param("The ferry will spend the winter in dry dock for a £2.6m refit.", {"£2.6m": "investment"},
                 id="a_refit_or_a_renovation_is_money_invested_2"),
    pytest.param("The revival closed in June after recouping its $9.5 million capitalization in March.",
                 { "$9.5 million": "investment"}, id="the_sum_a_show_recouped_is_the_money_invested_in_it"),
    pytest.param("Nucor announced a $3 billion mill in West Virginia in 2022.", {"$3 billion": "investment"},
                 id="a_steel_mill_a_company_announced_is_money_it_invests"),
    pytest.param(
        "The Nairobi-based startup said its network handled about $4.2 billion in payments last year, "
        "double the figure of 2023.", {"$4.2 billion": "transaction_volume"},
        id="the_payments_a_network_handled_told_in_payments_are_its_transaction_volume_but_payments_to_people_are_not"),
    pytest.param(
        "The insurer made $12 million in payments to former executives under the settlement.",
        { "$12 million": "other"},
        id="the_payments_a_network_handled_told_in_payments_are_its_transaction_volume_but_payments_to_people_are_not"
           "_2"),
    pytest.param("Sales on the country's e-commerce platforms rose to 21 trillion rupiah in the week before "
                 "Ramadan.", {"21 trillion rupiah": "transaction_volume"},
                 id="sales_on_a_country_s_e_commerce_platforms_are_what_retailers_transacted"),
    # only "priced" sorts products by a threshold: what a thing costs or a company sells is its own sum
    pytest.param("The new smelter, costing over $1.3 billion, is due to open in 2028.", { "$1.3 billion": "investment"},
                 id="a_plant_costing_over_a_sum_and_assets_a_group_is_selling_over_a_sum_are_still_money"),
    pytest.param("The conglomerate is selling more than $600 million of bonds, the filing shows.",
                 { "$600 million": "investment"},
                 id="a_plant_costing_over_a_sum_and_assets_a_group_is_selling_over_a_sum_are_still_money_2"),
    pytest.param(
        "The chamber of commerce put the cost to shopkeepers of the three-day strike at roughly 45 million pounds, "
        "while the bakery chain said it lost $2 million.", {"$2 million": "profit"},
        id="what_a_strike_cost_shopkeepers_by_a_chamber_s_estimate_is_no_company_s_money"),
    pytest.param("The festival opened at midnight, and sales that day came to 91 billion won, the "
                 "organisers said.", {"91 billion won": "transaction_volume"},
                 id="the_sales_of_one_day_of_a_shopping_festival_are_its_transaction_volume"),
    pytest.param("The retailer reported sales of $4.1 billion for the quarter.", {"$4.1 billion": "revenue"},
                 id="the_sales_of_one_day_of_a_shopping_festival_are_its_transaction_volume_2"),
    # kinds.tsv: "sales" or "orders" after a cost's words says what the sum is
    pytest.param("The distributor took in about $75 million in hardware sales during the holiday "
                 "quarter.", {"$75 million": "revenue"},
                 id="a_sum_in_equipment_sales_is_revenue_and_in_equipment_orders_the_orders_value"),
    pytest.param("The machine-tool maker booked 640 million euros in new equipment orders in the third "
                 "quarter.", {"640 million euros": "transaction_volume"},
                 id="a_sum_in_equipment_sales_is_revenue_and_in_equipment_orders_the_orders_value_2"),
    pytest.param("Swiggy said its Instamart unit's gross order value crossed Rs 7,000 crore in the quarter.",
                 {"Rs 7,000 crore": "transaction_volume"},
                 id="a_delivery_platform_s_gross_order_value_is_a_transaction_volume"),
    pytest.param("The port's new container terminal, a $2.4 billion project approved in 2022, will open next "
                 "year.", {"$2.4 billion": "investment"}, id="a_sum_right_before_project_is_what_the_project_costs"),
    pytest.param("The recall could cost the carmaker about $40 million, a small sum against the truck unit's "
                 "revenue of $5 billion in the September quarter.", {"$40 million": "other", "$5 billion": "revenue"},
                 id="a_cost_set_against_a_revenue_as_a_small_sum_takes_no_kind_of_that_revenue"),
    pytest.param("The depot, built by a local contractor over two winters, cost about 90 million euros.",
                 { "90 million euros": "investment"},
                 id="a_thing_built_past_an_aside_costs_money_invested_now_or_in_the_past_tense"),
    pytest.param("The smelter, first proposed in 2019, will now cost about $3.4 billion, the miner said.",
                 { "$3.4 billion": "investment"},
                 id="a_thing_built_past_an_aside_costs_money_invested_now_or_in_the_past_tense_2"),
    pytest.param("A new rail depot near the port, costing 4.5 billion rand ($250 million), will open in "
                 "2027.", {"4.5 billion rand ($250 million)": "investment"},
                 id="a_cost_restated_in_another_currency_in_brackets_keeps_its_magnitude"),
    pytest.param("Analysts said the restart could add roughly $250 million a year to the miner's export "
                 "earnings once output recovers.", {"$250 million": "revenue"},
                 id="what_a_plant_adds_to_export_earnings_is_sales_no_profit"),
    pytest.param("The stadium's new roof, built by a local firm for 38 million pounds, was finished last "
                 "summer.", {"38 million pounds": "investment"},
                 id="a_sum_a_thing_was_built_for_by_whoever_built_it_is_money_spent_on_it"),
    pytest.param("The smelter operator said it loses about 3 million rand for each day the furnaces stay "
                 "cold.", {"3 million rand": "other"},
                 id="what_a_company_loses_for_every_day_a_site_stays_shut_is_a_cost_no_profit"),
    # a fine by the day stays a fine
    pytest.param("The regulator can impose fines of up to 200,000 euros for each day the breach goes on.",
                 { "200,000 euros": "fine"}, id="a_fine_by_the_day_stays_a_fine"),
    pytest.param("Payments through the lender's app reached 2.1 trillion rupiah in the half.",
                 { "2.1 trillion rupiah": "transaction_volume"},
                 id="payments_made_through_a_wallet_are_what_it_transacts"),
])
def test_money_invested_spent_or_transacted_takes_the_kind_its_deed_and_place_tell(text, expected):
    assert kind_by_text(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Oil prices in Europe rose 1.8% on Tuesday as traders weighed fresh sanctions.", { "1.8%": "other"},
                 id="oil_prices_in_europe_that_rose_are_the_market_s_move_not_a_company_s"),
    pytest.param(
        "The euro fell as much as 1.6% to 158.40 yen in early Tokyo trade from 161.00 yen on Friday, "
        "and slid again on Tuesday, to 157.10 yen.", {"1.6%": "other"},
        id="a_currency_s_move_as_far_as_a_limit_is_the_market_s_and_the_levels_it_went_to_and_from_make_no_row"),
    pytest.param(
        "The euro eased 0.2% against the dollar, while gold rose 0.8% to $4,310 an ounce.",
        { "0.2%": "other", "0.8%": "other", "$4,310": "other"},
        id="a_currency_s_move_as_far_as_a_limit_is_the_market_s_and_the_levels_it_went_to_and_from_make_no_row_2"),
    pytest.param("Honda said every 1 yen move against the dollar changes its annual operating profit by about "
                 "12 billion yen.", {"12 billion yen": "profit"},
                 id="a_sum_after_every_is_the_unit_of_a_sensitivity_and_the_change_it_makes_is_the_row"),
    pytest.param("Temasek first backed the robotics start-up in 2024, when a $450 million round valued the "
                 "company at $2.7 billion.", {"$450 million": "investment", "$2.7 billion": "valuation"},
                 id="a_sum_right_before_round_is_the_round_s_money_though_a_verb_of_value_follows"),
    pytest.param("Wildfires caused $65 billion of economic losses in the first half, of which $40 billion was "
                 "insured, the broker said.", {"$40 billion": "other"},
                 id="the_insured_part_of_a_disaster_s_economic_losses_told_after_of_which_is_the_insurers_figure"),
    pytest.param("The retailer's net profit after tax rose 9% to NZ$212 million in the half year.",
                 { "9%": "profit", "NZ$212 million": "profit"},
                 id="profit_after_tax_and_before_tax_is_a_profit_and_no_tax"),
    pytest.param("Profit before tax fell 8% to £412 million.", {"8%": "profit", "£412 million": "profit"},
                 id="profit_after_tax_and_before_tax_is_a_profit_and_no_tax_2"),
    pytest.param("The pension plan returned 8.2%, well ahead of the 7% it assumes when it values what it owes.",
                 { "8.2%": "other"}, id="the_return_a_pension_fund_assumes_is_no_figure"),
    pytest.param("Cricket Australia has forecast a surplus of A$25 million for the 2025-26 season.",
                 { "A$25 million": "profit"}, id="a_surplus_a_sports_body_forecasts_is_its_profit"),
    pytest.param("The bakery chain's sales peaked at 212 million euros in 2018. They fell to 150 million euros "
                 "in 2023.", {"212 million euros": "revenue", "150 million euros": "revenue"},
                 id="a_sum_whose_sentence_names_the_measure_before_by_a_pronoun_is_of_that_measure"),
    pytest.param("Pre-tax profit rose to £95m in the half. It made £81m a year earlier.",
                 { "£95m": "profit", "£81m": "profit"},
                 id="a_sum_whose_sentence_names_the_measure_before_by_a_pronoun_is_of_that_measure_2"),
    pytest.param("Revenue rose to $7 billion. It paid a fine of $30 million in May.",
                 { "$7 billion": "revenue", "$30 million": "fine"},
                 id="a_pronoun_with_a_measure_word_of_its_own_keeps_its_kind"),
    pytest.param("Revenue rose to $7 billion. Rival Corvex had about $2 billion in the bank.",
                 { "$7 billion": "revenue", "$2 billion": "other"},
                 id="a_new_subject_after_a_measure_keeps_its_own_plain_kind"),
    pytest.param("Raytheon signed a $75 million five-year contract with the Navy on Tuesday.",
                 { "$75 million": "other"},
                 id="a_company_that_signs_a_contract_with_its_term_after_the_sum_keeps_its_row"),
    pytest.param(
        "Baidu's capital expenditure climbed to 8.1 billion yuan in the June quarter, the second quarter of its "
        "year, from 5.3 billion yuan a year earlier.",
        {"8.1 billion yuan": "investment", "5.3 billion yuan": "investment"},
        id="the_base_after_a_period_named_again_in_an_apposition_is_of_the_level_s_measure"),
    pytest.param("Brokers expect sales of about 4.1 billion euros for the half, up 3% from a year earlier, "
                 "when the retailer took in 3.98 billion euros.",
                 { "4.1 billion euros": "revenue", "3%": "revenue", "3.98 billion euros": "revenue"},
                 id="a_sum_in_a_when_clause_after_a_year_earlier_base_is_the_same_measure_as_the_growth"),
    pytest.param("The payments unit now serves 45,000 merchants and lifted revenue 22% to 1.9 billion "
                 "yuan in the June quarter.", {"22%": "revenue", "1.9 billion yuan": "revenue"},
                 id="revenue_told_after_a_customer_count_is_the_revenues_move_not_the_counts"),
    pytest.param("Brokers estimate the retailer's food-delivery push lost roughly 9 billion yuan in the June quarter.",
                 {"9 billion yuan": "profit"}, id="a_sum_that_a_company_s_push_into_a_new_trade_lost_is_its_loss"),
    pytest.param(
        "The ferry operator lost 2.1 billion kroner before tax in the first nine months and 1.4 billion kroner in "
        "2023.",
        {"2.1 billion kroner": "profit", "1.4 billion kroner": "profit"},
        id="a_loss_told_before_taxes_for_one_period_and_a_bare_sum_for_the_next_are_both_the_loss"),
    pytest.param(
        "The OECD on Monday lowered its forecast for world growth next year to 2.7% from 3.0%, and wage growth "
        "in Britain eased to 4.1% in May. The group had forecast 3.1% global growth for 2027 in December.", {},
        id="world_growth_and_wage_growth_forecasts_are_no_company_s_money"),
    # comparison_bases.tsv role=cue: "less than", "more than", "narrower than" ... open a base as "higher than" does
    pytest.param("The logistics arm lost 1.8 billion rupees in the March quarter, less than the 2.6 billion "
                 "rupees of the December quarter.", {"1.8 billion rupees": "profit", "2.6 billion rupees": "profit"},
                 id="a_sum_a_comparative_compares_with_after_a_comma_is_the_same_measure_as_the_sum_before"),
    pytest.param("The streaming service spent 410 million euros on new shows this year, more than the 260 "
                 "million euros of 2023.", {"410 million euros": "investment", "260 million euros": "investment"},
                 id="a_sum_a_comparative_compares_with_after_a_comma_is_the_same_measure_as_the_sum_before_2"),
    # comparison_bases.tsv role=cue "against" needs_move=sum: a sum right after it compares, moved or not
    pytest.param("Twelve companies listed in Singapore this year and together raised S$2.4 billion, against "
                 "S$900 million in the same period of 2024.", {"S$2.4 billion": "ipo", "S$900 million": "ipo"},
                 id="a_sum_against_that_follows_a_sum_after_a_comma_is_its_base_and_of_its_kind"),
    pytest.param("Operating profit was 3.2 billion rand, against 2.9 billion rand a year earlier.",
                 { "3.2 billion rand": "profit", "2.9 billion rand": "profit"},
                 id="a_sum_against_that_follows_a_sum_after_a_comma_is_its_base_and_of_its_kind_2"),
    # (past the change said of the sum first: the change has no amount of its own)
    pytest.param("The chain took in $2.1 billion in revenue in 2024, up 4% from 2023, against $1.6 billion five "
                 "years earlier.", {"$2.1 billion": "revenue", "4%": "revenue", "$1.6 billion": "revenue"},
                 id="a_sum_against_that_follows_a_sum_and_its_change_is_its_base_and_of_its_kind"),
    pytest.param("The drone maker raised $120 million in a Series C round in April and had $310 million in cash "
                 "at the end of September.", {"$120 million": "investment", "$310 million": "other"},
                 id="cash_held_at_a_day_is_a_balance_though_money_raised_is_told_before_it"),
    pytest.param("The stall near the station sells a coffee for 1.80 euros.", {},
                 id="one_loaf_or_coffee_sold_for_a_plain_sum_is_its_price_while_a_hotel_sold_stays_a_row"),
    pytest.param("Demand is led by a bakery chain in Seoul that sells a loaf of rye sourdough for 9,500 won.", {},
                 id="one_loaf_or_coffee_sold_for_a_plain_sum_is_its_price_while_a_hotel_sold_stays_a_row_3"),
    pytest.param("He listed the brewer in 1986, selling a third of the shares at 85p each.", {"85p": "share_price"},
                 id="one_loaf_or_coffee_sold_for_a_plain_sum_is_its_price_while_a_hotel_sold_stays_a_row_4"),
    pytest.param("The group sold a Shenzhen hotel to an insurer last year for 1.1 billion yuan.",
                 { "1.1 billion yuan": "investment"},
                 id="one_loaf_or_coffee_sold_for_a_plain_sum_is_its_price_while_a_hotel_sold_stays_a_row_2"),
    pytest.param("Calls from customers about late deliveries doubled in March.", {},
                 id="calls_or_complaints_that_doubled_are_a_count_and_make_no_row"),
    pytest.param("Complaints from passengers rose 40% in the first half, the regulator said.", {},
                 id="calls_or_complaints_that_doubled_are_a_count_and_make_no_row_2"),
    pytest.param("The miner sold its silver at an average of $52.10 an ounce, against $29.80 a year "
                 "earlier.", {"$52.10": "other", "$29.80": "other"},
                 id="a_price_per_unit_set_against_a_year_earlier_keeps_the_kind_of_the_price_it_is_set_against"),
    pytest.param(
        "The Freightos index for Asia to northern Europe rose 6% to $2,880 per container, up from $2,400 in May but "
        "well below the $5,600 paid a year earlier.",
        {"6%": "other", "$2,880": "other", "$2,400": "other", "$5,600": "other"},
        id="a_level_set_below_a_goods_price_per_unit_and_its_base_is_that_market_s_price"),
    pytest.param("Palm oil traded at 4,310 ringgit a tonne in Kuala Lumpur on Monday, well below the record of "
                 "7,100 ringgit set in March 2022.", {"4,310 ringgit": "other", "7,100 ringgit": "other"},
                 id="a_record_set_against_a_goods_price_per_unit_is_that_market_s_price_no_share_s"),
    # a sum paid for a company, set against another such sum, stays money invested
    pytest.param("The group paid $3 billion for the unit, below the $4 billion paid by its rival.",
                 { "$3 billion": "investment", "$4 billion": "investment"},
                 id="a_sum_paid_for_a_company_set_against_another_such_sum_stays_money_invested"),
    pytest.param(
        "Lionsgate's horror sequel opened to about $52 million in U.S. and Canadian theaters, the studio's best "
        "debut of the year and well ahead of the $40 million the studio had forecast.",
        {"$52 million": "revenue", "$40 million": "revenue"},
        id="a_sum_the_company_had_forecast_told_after_a_reported_sum_is_of_its_measure"),
    pytest.param("Corvane won a $12 million federal grant to build the plant, it said.", {"$12 million": "other"},
                 id="a_grant_a_company_won_stays_its_own_money"),
    pytest.param("Harlow Rovers lost 1.9 million pounds in the season to June, on revenue of 31 million "
                 "pounds.", {"1.9 million pounds": "profit", "31 million pounds": "revenue"},
                 id="a_loss_told_before_the_revenue_it_was_made_on_stays_a_loss"),
    pytest.param("The ferry operator lost $3 million in revenue during the strike.", {"$3 million": "revenue"},
                 id="a_loss_told_before_the_revenue_it_was_made_on_stays_a_loss_2"),
    pytest.param("The British Retail Consortium said sales at Tesco fell 3% in the quarter.", {"3%": "revenue"},
                 id="sales_a_trade_body_tells_at_a_named_company_stay_the_companys"),
    pytest.param("The cocoa processor said it now expects exports of $210 million this year, up from an earlier "
                 "forecast of $185 million.", {"$210 million": "revenue", "$185 million": "revenue"},
                 id="the_exports_a_company_expects_are_its_revenue_and_so_is_the_forecast_they_replace"),
    pytest.param(
        "The trout farmer achieved an average price of 74.10 kroner per kilo in the quarter, down "
        "from 88.30 kroner a year earlier.", {},
        id="an_average_price_a_farmer_achieved_per_kilo_is_a_product_s_price_and_each_claimant_s_payout_no_row"),
    pytest.param(
        "Each eligible subscriber will receive between $25 and $75, the settlement says.", {},
        id="an_average_price_a_farmer_achieved_per_kilo_is_a_product_s_price_and_each_claimant_s_payout_no_row_2"),
])
def test_a_company_s_revenue_profit_or_other_measure_takes_the_kind_its_words_and_the_measure_before_tell(
        text, expected):
    assert kind_by_text(text) == expected


def test_a_move_by_cents_to_a_price_per_kilo_is_the_goods_price_not_a_stock_move():
    # no share is priced by the kilo: the indicator that moves is the market's, whatever name moves
    assert kinds_of("The benchmark indicator climbed 18 cents to 1,296 cents a kilo clean at Tuesday's sales.") == [
        ("18 cents", "other"), ("1,296 cents", "other")]
    assert kinds_of("Alibaba was down HK$3.40 to HK$80.10.") == [("HK$3.40", "share_move"), ("HK$80.10", "share_price")]


def test_fine_before_a_wool_grade_names_the_wool_not_a_penalty():
    assert kinds_of("At the Goulburn sale, fine 18.5-micron fleece fetched 1,980 cents a kilo, up 25 cents.") == [
        ("1,980 cents", "other"), ("25 cents", "other")]


def test_the_share_of_bales_that_found_buyers_is_a_clearance_rate():
    assert find_money("Sellers put up 36,500 bales this week, and 91% found buyers at the Newcastle sale.") == []


def test_a_wholesale_price_of_a_packed_good_is_its_markets_quote():
    assert kinds_of("The wholesale price of a 40-pound box of Florida oranges dropped to about $21, from $27 in "
                    "October.") == [("$21", "other"), ("$27", "other")]
    assert find_money("The price of a first-class stamp will go up 4 cents to 78 cents in July.") == []


def test_a_good_that_sells_for_a_price_by_its_unit_wholesale_is_its_markets_quote():
    # (not_money.tsv "sell for" keeps a unit's wholesale price: a market's quote, no shop's)
    assert kinds_of("Synthetic rubies now sell for under $20 a carat wholesale, down from about $300 in 2015.") == [
        ("$20", "other"), ("$300", "other")]
    assert find_money("The new headphones sell for $349 in the United States.") == []


def test_a_further_sum_a_good_brought_in_after_the_country_s_earnings_is_the_country_s_trade():
    assert find_money("Raw cashews earned the country about $410 million in the first half, the trade ministry "
                      "said, while shelled kernels trucked to Ghanaian plants brought in a further $95 million or "
                      "so.") == []
    assert kind_by_text("Tea earned the company $410 million, while its coffee brand brought in a further $95 "
                        "million.") != {}


def test_a_return_growers_are_forecast_per_tray_makes_no_row():
    assert find_money("The marketer forecast an orchard gate return of NZ$8.60 to NZ$9.10 per tray for its red "
                      "kiwifruit, down from NZ$9.90 last season.") == []
    assert find_money("Returns for green fruit are now forecast at NZ$6.70 to NZ$7.20 a tray.") == []


def test_trays_bottles_and_condo_units_shipped_or_sold_are_counts_that_move():
    assert find_money("The cooperative shipped 3.1 million trays of apples in the season, up 9% from 2024.") == []
    assert find_money("The cellar sold 1.2 million bottles in the six months to June, down 4% on a year earlier.") == []
    assert find_money("Builders sold 530 new condominium units in Toronto in the quarter, down 41% from a year "
                      "earlier.") == []


def test_one_bottles_or_one_boxs_price_makes_no_row():
    assert find_money("Most of the crates went to hotels, where the cava sells at about 22 euros a bottle.") == []
    assert find_money("The grocer sold a 1-kilogram gift box of Korean strawberries for 268 yuan before the "
                      "holiday.") == []


def test_a_rebate_of_a_plain_sum_and_a_resale_tickets_listed_price_make_no_row():
    assert find_money("Some builders have begun offering buyers rebates of up to C$40,000 on unsold units.") == []
    assert find_money("Tickets for the semi-final were listed at more than £900 on resale sites by Sunday.") == []


def test_buyers_paying_by_the_kilo_with_the_farmers_unsaid_make_no_row():
    assert find_money("Cocoa traders were paying as little as 1,200 cedis a kilo in the western region last "
                      "month.") == []


def test_searches_for_hotels_in_a_list_of_cities_that_tripled_are_a_count():
    assert find_money("Travel sites said searches for rooms in Lyon, Lille and Nice more than doubled after the "
                      "draw.") == []


def test_a_sum_a_multiple_sets_against_after_a_comma_is_of_the_first_sums_measure():
    assert kinds_of("Its sales through the online marketplace climbed to 5.6 million euros in the first nine months "
                    "of the year, nearly triple the 1.9 million euros it sold that way in all of 2024.") == [
        ("5.6 million euros", "transaction_volume"), ("1.9 million euros", "transaction_volume")]


def test_a_profit_or_revenue_that_production_or_staff_costs_moved_keeps_its_move():
    # h-revf56: the costs rules once reached 40 characters past "costs" over the measure they moved
    assert kinds_of("Higher production costs cut operating profit by 12% in the quarter.") == [("12%", "profit")]
    assert kinds_of("Rising staff costs cut operating profit by 9% in the first half.") == [("9%", "profit")]
    assert kinds_of("Input costs weighed on revenue, which fell 8% to 2.1 billion euros.") == [
        ("8%", "revenue"), ("2.1 billion euros", "revenue")]
    assert find_money("Cattle ranchers say their feed costs have risen 22% since the drought began.") == []


def test_a_bond_sale_a_company_has_planned_is_money_raised_no_debt_held():
    assert kinds_of("The carmaker has a fresh $750 million bond offering lined up for next week.") == [
        ("$750 million", "investment")]
    assert kinds_of("The carmaker has a $750 million bond due in May that it plans to refinance.") == [
        ("$750 million", "other")]


def test_a_sum_a_multiple_sets_against_keeps_the_kind_its_own_word_tells():
    assert kinds_of("Quarterly profit reached $3 billion, twice the $1.5 billion fine it paid in 2023.") == [
        ("$3 billion", "profit"), ("$1.5 billion", "fine")]
    assert kinds_of("Quarterly profit reached $3 billion, twice the $1.5 billion it made a year earlier.") == [
        ("$3 billion", "profit"), ("$1.5 billion", "profit")]


def test_a_count_after_from_in_a_clause_of_its_own_borrows_no_currency():
    assert kinds_of("Subscription revenue rose to $4 billion in a year when subscribers grew from 3 million, the "
                    "company said.") == [("$4 billion", "revenue")]


def test_a_loss_told_after_its_percentage_is_a_fall():
    # movements.tsv loss|losses place=both: "paring a 35% loss" is down, as "a loss of 35%" is
    found = find_money("Shares of Norvik Health rose 6.2% to $8.15 on Thursday, paring a 35% loss since January.")
    assert [(m.text, m.direction, m.percent) for m in found][-1] == ("35%", "down", -35.0)


def test_a_sum_told_in_losses_is_a_fall():
    # movements.tsv "in losses" place=after: "$1.8 billion in losses" is down, as "losses of $1.8 billion" is
    found = find_money("The budget carrier said it made $1.8 billion in losses last year, its worst result since 2020.")
    assert [(m.text, m.market_kind, m.direction) for m in found] == [("$1.8 billion", "profit", "down")]


def test_a_move_capped_at_a_daily_limit_named_before_its_size_takes_that_move():
    # joins.tsv role=move_limit: "rose by the daily limit of 10%" rose 10%
    found = find_money("Shares of the Shanghai-listed cable maker rose by the daily limit of 10% after it won a "
                       "state grid contract.")
    assert [(m.text, m.market_kind, m.direction, m.percent) for m in found] == [("10%", "share_move", "up", 10.0)]


def test_a_fine_cut_by_a_percentage_with_its_equivalent_in_brackets_is_cut():
    # a bracketed equivalent inside the object of "cut ... by" counts as one word
    found = find_money("An appeals court cut a 450 million euro ($490 million) penalty imposed on the chipmaker by "
                       "25% on Thursday.")
    assert [(m.text, m.direction) for m in found][-1] == ("25%", "down")


def test_a_value_after_and_valuing_a_stocks_running_loss_is_its_market_value():
    # joins.tsv role=valuing after "and", past the running total of the stock's move
    found = kind_by_text("Shares of Halden Foods fell 5% to 212p on Monday, taking their loss this year to 30% and "
                         "valuing the grocer at about £640 million.")
    assert found["£640 million"] == "market_cap"


def test_a_film_that_drops_to_its_takings_is_no_stock():
    # joins.tsv role=work_noun: "The thriller" that falls is a film, its weekend takings, no share price
    found = kind_by_text("The thriller dropped 47% to $8.6 million for fourth place in its second weekend.")
    assert found == {"47%": "revenue", "$8.6 million": "revenue"}
    assert kind_by_text("The lender dropped 4% to $12.40 after the results.")["$12.40"] == "share_price"


@pytest.mark.parametrize("sentence, kinds", [
    # a noun of no company after "The" or "Its" moves by itself: no stock moved (joins.tsv role=referred_company)
    ("The sector climbed 6% last week as investors bet on lower interest rates.", {"6%": "other"}),
    ("Its membership fell 3% in 2025, the association said in its annual report.", {"3%": "other"}),
    ("The increase follows gains of 2.5% in 2024 and 1.8% in 2023.", {"2.5%": "other"}),
    # a noun of a company, or its stock, after them is the company the story named, its stock's move
    ("The carrier slid 3.1% in Frankfurt after it cut its capacity plan for the summer.", {"3.1%": "share_move"}),
    ("The utility jumped 4% on Thursday after the regulator approved its tariff.", {"4%": "share_move"}),
    ("Their stock has gained 18% since the merger was announced in May.", {"18%": "share_move"}),
    # a pronoun opens no noun: "They" still stands for the stock told before
    ("Shares of Kestrel Marine rose 2% on Monday. They are up 9% this month.", {"2%": "share_move",
                                                                               "9%": "share_move"}),
    # a noun the story set after the company's name as what it is refers back to it, whatever the trade
    ("Norvik Shipyards, the Baltic region's biggest shipbuilder, lost an order on Monday. The shipbuilder fell 6% in "
     "Oslo.", {"6%": "share_move"}),
    # ... but a noun set after no name, or another noun, still moves by itself
    ("The shipbuilder fell 6% in Oslo.", {"6%": "other"}),
    ("Norvik Shipyards, the Baltic region's biggest shipbuilder, raised its fee. The fee rose 6% in March.",
     {"6%": "other"}),
    # ... nor a noun of a thing a company owns, set after a place's name ("the group's largest market")
    ("Halden Foods cut its outlook, citing Brazil, the group's largest market, and Mexico. The market shrank 3% in "
     "May.", {"3%": "other"}),
])
def test_an_opening_that_refers_back_is_a_company_only_with_a_noun_of_one(sentence, kinds):
    found = kind_by_text(sentence)
    assert {text: found.get(text) for text in kinds} == kinds


@pytest.mark.parametrize("sentence, kind", [
    ("Merrow's cloud revenue rose 31% in the March quarter. I expect growth to hold above 25% all year.", "other"),
    ("Merrow's cloud revenue rose 31% in the March quarter.\n\nGrowth should hold above 25% all year.", "other"),
    ("Merrow's net profit rose 31% in the March quarter. Growth should hold above 25% all year.", "other"),
    ("Merrow's cloud revenue rose 31% in the March quarter. Costs are climbing, and growth should hold above 25% "
     "all year.", "revenue"),
])
def test_bare_growth_opening_its_clause_right_after_a_revenue_s_growth_goes_on_telling_it(sentence, kind):
    assert kinds_of(sentence)[-1] == ("25%", kind)


@pytest.mark.parametrize("sentence, kinds", [
    # a bare change set off after a good's price per unit is that good's market moving, no stock's
    ("Arabica beans traded at 9.40 euros per kilogram in Trieste on Monday, up 35% from early March, brokers said.",
     {"9.40 euros": "other", "35%": "other"}),
    ("Nickel sulphate traded at 27,800 yuan a tonne in Shanghai on Friday, down 3% on the week.",
     {"27,800 yuan": "other", "3%": "other"}),
    # ... and a unit told by the million is no count that moves: the change is the price's
    ("European gas averaged $12.60 per million British thermal units last month, down 9% from the start of December.",
     {"$12.60": "other", "9%": "other"}),
    # a stock's price told by the share keeps its move the stock's
    ("Shares of Harlow Mining closed at A$4.12 in Sydney on Monday, up 6% from early March.",
     {"A$4.12": "share_price", "6%": "share_move"}),
    # a good's prices moving in a clause after the stock's move are that good's market, no second move of the stock
    ("Shares of Pilbara Lithium rose 5% on Wednesday after lithium prices climbed 4% in China.",
     {"5%": "share_move", "4%": "other"}),
    # ... and a sum of cash a company reports is a balance, though its sales were told before it
    ("Sales rose 9% in the half, and the retailer ended June with 2.4 billion yuan of reported cash.",
     {"9%": "revenue", "2.4 billion yuan": "other"}),
])
def test_a_change_set_off_after_a_goods_price_per_unit_is_that_goods_market_move(sentence, kinds):
    found = kind_by_text(sentence)
    assert {text: found.get(text) for text in kinds} == kinds


@pytest.mark.parametrize("text, code", [
    # riyals in a story datelined in Doha, or told beside Qatar, are Qatari; elsewhere the Saudi riyal stays first
    ("Port expands\n\nDOHA, May 3 (Reuters) - The state port operator paid 4.2 billion riyals in dividends to the "
     "treasury last year.\n", "QAR"),
    ("Qatar's biggest lender earned 17 billion riyals in 2025.", "QAR"),
    ("Aramco paid 80 billion riyals in dividends in the quarter.", "SAR"),
])
def test_riyals_are_the_currency_of_the_place_the_story_tells_of(text, code):
    assert [m.currency for m in find_money(text) if m.amount is not None] == [code]

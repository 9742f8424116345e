"""The shipped Incoterms data: each rule matches KNOWLEDGE.md and its cost split adds up."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from knowledge.catalog import DATA_FILES
from knowledge.cost_split import CostLine, Party
from knowledge.incoterms.models import (
    INCOTERMS_2020,
    Incoterms,
    NamedPlace,
    OtherTermKind,
    RiskPassesIn,
    TransportMode,
)
from knowledge.loader import data_folder, load_knowledge

S, B = Party.SELLER, Party.BUYER
ANY, SEA = TransportMode.ANY, TransportMode.SEA
P = NamedPlace

# The Incoterms table of shared/KNOWLEDGE.md, column by column:
# mode, named place, words the delivery point must contain, carriage booked by,
# insurance (who must insure, clauses), export clearance, import clearance and duties.
KNOWLEDGE_TABLE: dict[str, tuple[Any, ...]] = {
    "EXW": (ANY, P.SELLER_PREMISES, ("disposal", "not loaded"), B, None, B, B),
    "FCA": (ANY, P.PLACE_OF_DELIVERY, ("your carrier", "loaded"), B, None, S, B),
    "CPT": (ANY, P.PLACE_OF_DESTINATION, ("first carrier",), S, None, S, B),
    "CIP": (ANY, P.PLACE_OF_DESTINATION, ("first carrier",), S, (S, "A"), S, B),
    "DAP": (ANY, P.DESTINATION, ("arrive", "ready for you to unload"), S, None, S, B),
    "DPU": (ANY, P.DESTINATION, ("unloaded", "only rule where the seller unloads"), S, None, S, B),
    "DDP": (ANY, P.DESTINATION, ("cleared for import", "ready for you to unload"), S, None, S, S),
    "FAS": (SEA, P.PORT_OF_SHIPMENT, ("alongside",), B, None, S, B),
    "FOB": (SEA, P.PORT_OF_SHIPMENT, ("on board", "port of shipment"), B, None, S, B),
    "CFR": (SEA, P.PORT_OF_DESTINATION, ("on board", "port of shipment"), S, None, S, B),
    "CIF": (SEA, P.PORT_OF_DESTINATION, ("on board", "port of shipment"), S, (S, "C"), S, B),
}

# What the buyer pays on top of the price, by rule: the whole split, pinned.
ORIGIN = {CostLine.ORIGIN_CHARGES, CostLine.EXPORT_CLEARANCE, CostLine.LOADING_AT_ORIGIN}
IMPORT = {CostLine.IMPORT_CLEARANCE, CostLine.IMPORT_DUTY_AND_TAXES}
ARRIVAL = {CostLine.UNLOADING_AT_DESTINATION, *IMPORT, CostLine.DELIVERY_TO_DOOR}
FREIGHT = {CostLine.MAIN_CARRIAGE, CostLine.INSURANCE}
BUYER_PAYS: dict[str, set[CostLine]] = {
    "EXW": ORIGIN | FREIGHT | ARRIVAL,
    "FCA": FREIGHT | ARRIVAL,
    "FAS": FREIGHT | ARRIVAL,
    "FOB": FREIGHT | ARRIVAL,
    "CFR": {CostLine.INSURANCE} | ARRIVAL,
    "CPT": {CostLine.INSURANCE} | ARRIVAL,
    "CIF": ARRIVAL,
    "CIP": ARRIVAL,
    "DAP": {CostLine.UNLOADING_AT_DESTINATION} | IMPORT,
    "DPU": IMPORT,
    "DDP": {CostLine.UNLOADING_AT_DESTINATION},
}


@pytest.fixture(scope="module")
def book() -> Incoterms:
    """The shipped knowledge base, loaded the way the bot loads it."""
    return load_knowledge().get(Incoterms)


def raw_data() -> dict[str, Any]:
    """The shipped YAML as plain data, to be broken by the validator tests."""
    text = (data_folder() / "incoterms.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return copy.deepcopy(data)


def test_incoterms_file_is_in_the_catalog() -> None:
    """The loader validates incoterms.yaml with the Incoterms model at every start-up."""
    assert DATA_FILES["incoterms.yaml"] is Incoterms


def test_all_eleven_rules_in_icc_order(book: Incoterms) -> None:
    """The book holds exactly the 11 rules of Incoterms 2020."""
    assert tuple(rule.code for rule in book.rules) == INCOTERMS_2020
    assert set(KNOWLEDGE_TABLE) == set(INCOTERMS_2020)


@pytest.mark.parametrize("code", INCOTERMS_2020)
def test_rule_facts_match_knowledge_table(book: Incoterms, code: str) -> None:
    """Mode, named place, delivery, carriage, insurance and clearance are as in KNOWLEDGE.md."""
    mode, place, delivery_words, carriage, insurance, export, import_ = KNOWLEDGE_TABLE[code]
    rule = book.rule(code)
    assert rule.mode is mode
    assert rule.named_place is place
    for phrase in delivery_words:
        assert phrase in rule.delivery
    assert rule.carriage_by is carriage
    assert rule.export_clearance_by is export
    assert rule.import_clearance_by is import_
    if insurance is None:
        assert rule.insurance.required_by is None
        assert rule.insurance.clauses is None
    else:
        assert (rule.insurance.required_by, rule.insurance.clauses) == insurance
        assert rule.insurance.min_cover_percent_of_contract_price == Decimal(110)
        assert f"({insurance[1]})" in rule.insurance.note
        assert "110%" in rule.insurance.note


def test_fob_names_the_port_of_shipment_not_destination(book: Incoterms) -> None:
    """The guide's FOB paragraph is wrong; the data says port of shipment."""
    fob = book.rule("FOB")
    assert fob.named_place is NamedPlace.PORT_OF_SHIPMENT
    assert "destination" not in fob.delivery
    assert "port of shipment" in fob.watch_out


def test_risk_passes_at_destination_only_under_d_rules(book: Incoterms) -> None:
    """E, F and C rules pass the risk in the seller's country; D rules in the buyer's."""
    for rule in book.rules:
        expected = RiskPassesIn.DESTINATION if rule.family == "D" else RiskPassesIn.ORIGIN
        assert rule.risk_passes_in is expected, rule.code


@pytest.mark.parametrize("code", INCOTERMS_2020)
def test_cost_split_matches_what_buyer_pays_on_top(book: Incoterms, code: str) -> None:
    """Each rule's split gives the buyer exactly the lines KNOWLEDGE.md says it adds."""
    assert set(book.rule(code).buyer_pays()) == BUYER_PAYS[code]


def test_buyer_pays_main_carriage_exactly_under_e_and_f_rules(book: Incoterms) -> None:
    """Main freight is the buyer's under EXW, FCA, FAS and FOB, the seller's otherwise."""
    buyers = {r.code for r in book.rules if r.payer(CostLine.MAIN_CARRIAGE) is B}
    assert buyers == {"EXW", "FCA", "FAS", "FOB"}


def test_buyer_pays_insurance_exactly_where_buyer_carries_transit_risk(book: Incoterms) -> None:
    """CIF and CIP oblige the seller, D rules leave the risk with it; the rest is the buyer's."""
    buyers = {r.code for r in book.rules if r.payer(CostLine.INSURANCE) is B}
    assert buyers == {"EXW", "FCA", "FAS", "FOB", "CFR", "CPT"}


def test_buyer_pays_import_clearance_and_duty_under_all_but_ddp(book: Incoterms) -> None:
    """Only DDP puts import clearance, duty and taxes on the seller."""
    for line in IMPORT:
        sellers = {r.code for r in book.rules if r.payer(line) is S}
        assert sellers == {"DDP"}


def test_only_dpu_has_the_seller_unloading(book: Incoterms) -> None:
    """DPU is the one rule where the seller pays to unload at destination."""
    sellers = {r.code for r in book.rules if r.payer(CostLine.UNLOADING_AT_DESTINATION) is S}
    assert sellers == {"DPU"}


def test_only_exw_leaves_origin_costs_to_the_buyer(book: Incoterms) -> None:
    """Origin charges, export clearance and loading are the buyer's under EXW alone."""
    for line in ORIGIN:
        assert {r.code for r in book.rules if r.payer(line) is B} == {"EXW"}


def test_ddp_buyer_pays_at_most_unloading(book: Incoterms) -> None:
    """Under DDP nothing but unloading is left for the buyer."""
    assert set(book.rule("DDP").buyer_pays()) <= {CostLine.UNLOADING_AT_DESTINATION}


def test_door_delivery_is_the_sellers_only_under_d_rules(book: Incoterms) -> None:
    """The trip to the buyer's site is in the price only when the rule delivers there."""
    sellers = {r.code for r in book.rules if r.payer(CostLine.DELIVERY_TO_DOOR) is S}
    assert sellers == {"DAP", "DPU", "DDP"}


def test_rules_where_the_place_changes_the_split_say_so(book: Incoterms) -> None:
    """FCA, C and D rules carry a note on what their split assumes about the named place."""
    noted = {rule.code for rule in book.rules if rule.cost_note}
    assert {"FCA", "CPT", "CIP", "CFR", "CIF", "DAP", "DPU", "DDP"} <= noted


def test_every_rule_belongs_to_one_mode_group(book: Incoterms) -> None:
    """The "all rules" listing shows 7 any-mode rules then 4 sea rules, in ICC order."""
    groups = book.by_mode()
    assert [group.mode for group, _ in groups] == [ANY, SEA]
    assert [r.code for r in groups[0][1]] == ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP"]
    assert [r.code for r in groups[1][1]] == ["FAS", "FOB", "CFR", "CIF"]


def test_retired_terms_point_to_their_successors(book: Incoterms) -> None:
    """DAT became DPU in 2020; DDU, DAF and DES left in 2010 for DAP, DEQ for DPU."""
    terms = {term.id: term for term in book.other_terms}
    expected = {"dat": (2020, "DPU"), "ddu": (2010, "DAP"), "daf": (2010, "DAP")}
    expected |= {"des": (2010, "DAP"), "deq": (2010, "DPU")}
    for key, (year, successor) in expected.items():
        assert terms[key].kind is OtherTermKind.RETIRED
        assert (terms[key].retired_in, terms[key].successor) == (year, successor)


def test_us_fob_terms_are_marked_not_incoterms(book: Incoterms) -> None:
    """The US "FOB destination" and "FOB shipping point" are marked as not Incoterms."""
    terms = {term.id: term for term in book.other_terms}
    for key in ("fob-destination", "fob-shipping-point"):
        assert terms[key].kind is OtherTermKind.US_DOMESTIC
        assert "Not an Incoterm" in terms[key].answer


def test_misconceptions_from_knowledge_are_all_there(book: Incoterms) -> None:
    """The five misconceptions KNOWLEDGE.md lists are each answered, and the two questions
    issue 13 adds (who pays THC, DDP to Amazon FBA)."""
    ids = {item.id for item in book.misconceptions}
    assert ids == {
        "thc",
        "ddp-amazon-fba",
        "c-rules-risk",
        "cif-cover",
        "sea-rules-containers",
        "exw-exporter",
        "title-and-payment",
    }


def test_shipped_yaml_validates_as_is() -> None:
    """The raw data the validator tests start from is itself valid."""
    assert Incoterms.model_validate(raw_data()).rule("fob").code == "FOB"


def _refused(data: dict[str, Any], match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        Incoterms.model_validate(data)


def test_a_split_missing_a_cost_line_is_refused() -> None:
    """Every rule must say who pays every cost line."""
    data = raw_data()
    del data["rules"][8]["cost_split"]["insurance"]
    _refused(data, "FOB: cost_split lacks insurance")


def test_a_split_that_contradicts_the_carriage_field_is_refused() -> None:
    """Who books the main freight and who pays it cannot disagree."""
    data = raw_data()
    data["rules"][8]["cost_split"]["main_carriage"] = "seller"
    _refused(data, "FOB: carriage_by is buyer but the split says seller")


def test_an_insurer_who_does_not_pay_is_refused() -> None:
    """If the seller must insure, the split must put the premium on the seller."""
    data = raw_data()
    data["rules"][10]["cost_split"]["insurance"] = "buyer"
    _refused(data, "CIF: the seller must insure but does not pay for it")


def test_cover_below_110_percent_is_refused() -> None:
    """Incoterms 2020 require at least 110% of the contract price."""
    data = raw_data()
    data["rules"][10]["insurance"]["min_cover_percent_of_contract_price"] = 100
    _refused(data, "at least 110%")


def test_a_duplicate_or_missing_rule_is_refused() -> None:
    """The book holds each of the 11 codes once."""
    data = raw_data()
    data["rules"][9] = copy.deepcopy(data["rules"][8])
    _refused(data, "a code appears twice")
    data = raw_data()
    del data["rules"][0]
    _refused(data, "expected EXW, FCA")


def test_a_sea_rule_naming_an_inland_place_is_refused() -> None:
    """FAS, FOB, CFR and CIF always name a port."""
    data = raw_data()
    data["rules"][8]["named_place"] = "destination"
    _refused(data, "FOB: a sea rule names a port")


def test_an_unknown_successor_is_refused() -> None:
    """A retired term must point to a real 2020 rule."""
    data = raw_data()
    data["other_terms"][0]["successor"] = "DAT"
    _refused(data, "successor DAT is not a 2020 rule")


def test_one_spelling_for_two_entries_is_refused() -> None:
    """A name that reads the same for two entries would make lookups ambiguous."""
    data = raw_data()
    data["other_terms"][0]["aliases"].append("Free-on-board")
    _refused(data, "names both FOB and dat")


def test_a_label_missing_for_a_cost_line_is_refused() -> None:
    """Every cost line has a label to show."""
    data = raw_data()
    del data["labels"]["cost_lines"]["delivery_to_door"]
    _refused(data, "labels.cost_lines lacks delivery_to_door")


def test_a_card_text_too_long_for_a_phone_is_refused() -> None:
    """A summary longer than a phone line or two stops start-up."""
    data = raw_data()
    data["rules"][0]["summary"] = "word " * 30
    _refused(data, "at most 80 characters")


def test_common_rules_must_be_distinct_2020_rules() -> None:
    """The rules offered first name real 2020 rules, each once."""
    data = raw_data()
    data["common"] = ["FOB", "DAT"]
    _refused(data, "common: each entry must be a different 2020 rule code")
    data["common"] = ["FOB", "FOB"]
    _refused(data, "common: each entry must be a different 2020 rule code")


def test_a_cost_word_given_to_two_costs_is_refused() -> None:
    """ "customs" cannot mean import clearance and duty at once: the answer would be a guess."""
    data = raw_data()
    data["labels"]["cost_lines"]["import_duty_and_taxes"]["asked_as"].append("customs")
    _refused(data, "asked_as names two costs: customs")

"""The landed-cost data files: destinations, modes and currencies hold the checked facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from knowledge.landed.destinations import Destinations, DutyBasis
from knowledge.landed.shipping import Mode
from knowledge.loader import data_folder
from tests.knowledge.landed.support import rules

EU_STANDARD_VAT = {
    "AT": "20", "BE": "21", "BG": "20", "HR": "25", "CY": "19", "CZ": "21", "DK": "25",
    "EE": "24", "FI": "25.5", "FR": "20", "DE": "19", "GR": "24", "HU": "27", "IE": "23",
    "IT": "22", "LV": "21", "LT": "21", "LU": "17", "MT": "18", "NL": "21", "PL": "23",
    "PT": "23", "RO": "21", "SK": "23", "SI": "22", "ES": "21", "SE": "25",
}  # fmt: skip


def raw_destinations() -> dict[str, Any]:
    """The destinations file as plain data, to break on purpose."""
    loaded = yaml.safe_load((data_folder() / "destinations.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.mark.parametrize(("code", "rate"), sorted(EU_STANDARD_VAT.items()))
def test_every_eu_member_state_has_its_standard_vat_rate(code: str, rate: str) -> None:
    """All 27 member states carry the EU VAT regime at their standard rate."""
    dest = rules().destinations.destination(code)
    assert dest.import_tax is not None
    assert dest.import_tax.name == "VAT"
    assert dest.tax_percent == Decimal(rate)
    assert dest.duty_basis is DutyBasis.CIF


def test_fob_basis_countries_are_exactly_the_known_ones() -> None:
    """Only the US, Canada, Australia, New Zealand and SACU value goods FOB."""
    fob = {c.code for c in rules().destinations.countries if c.duty_basis is DutyBasis.FOB}
    assert fob == {"US", "CA", "AU", "NZ", "ZA", "BW", "LS", "NA", "SZ"}
    assert rules().destinations.duty_basis.default is DutyBasis.CIF


def test_us_fees_hold_fiscal_2026_and_2027() -> None:
    """MPF 0.3464%: 33.58 to 651.50 USD and 2.69 informal in FY2026 (CBP Dec. 25-10), 34.58 to
    670.86 and 2.77 in FY2027 (CBP Dec. 26-14), to 2,500; HMF 0.125% by sea, no cap."""
    fees = {fee.code: fee for fee in rules().destinations.destination("US").entry_fees}
    mpf, hmf = fees["MPF"], fees["HMF"]
    fy26, fy27 = mpf.periods
    assert (fy26.starts, fy26.ends, fy27.starts, fy27.ends) == (
        date(2025, 10, 1),
        date(2026, 9, 30),
        date(2026, 10, 1),
        date(2027, 9, 30),
    )
    figures = [(p.percent, p.minimum, p.maximum, p.informal_fee) for p in (fy26, fy27)]
    assert figures == [
        (Decimal("0.3464"), Decimal("33.58"), Decimal("651.50"), Decimal("2.69")),
        (Decimal("0.3464"), Decimal("34.58"), Decimal("670.86"), Decimal("2.77")),
    ]
    assert fy26.informal_up_to == fy27.informal_up_to == 2500
    (sea,) = hmf.periods
    assert (sea.percent, hmf.modes, sea.maximum) == (Decimal("0.125"), (Mode.SEA,), None)


def test_other_import_taxes_match_the_checked_rates() -> None:
    """UK VAT 20%, Australian GST 10%, Canadian GST 5%, New Zealand GST 15%."""
    dests = rules().destinations
    found = {code: dests.destination(code).tax_percent for code in ("GB", "AU", "CA", "NZ")}
    assert found == {"GB": 20, "AU": 10, "CA": 5, "NZ": 15}
    assert dests.destination("US").import_tax is None


def test_every_mode_has_its_ratio() -> None:
    """Sea 1,000, air 6,000, express 5,000 cm3 per kg; express rounds up to 0.5 kg."""
    modes = rules().modes
    assert {m: modes.rule(m).cm3_per_kg for m in (Mode.SEA, Mode.AIR, Mode.EXPRESS)} == {
        Mode.SEA: 1000,
        Mode.AIR: 6000,
        Mode.EXPRESS: 5000,
    }
    assert modes.rule(Mode.EXPRESS).round_up_kg == Decimal("0.5")
    assert modes.rule(Mode.AIR).round_up_kg is None


def test_currency_decimals_follow_iso_4217() -> None:
    """JPY and KRW show no decimals, KWD three, others two."""
    currencies = rules().currencies
    assert [currencies.decimals(c) for c in ("JPY", "KRW", "KWD", "USD", "CNY")] == [0, 0, 3, 2, 2]


def test_unknown_country_code_in_the_data_is_refused() -> None:
    """A typo in a country code stops start-up."""
    data = raw_destinations()
    data["countries"][0]["code"] = "XX"
    with pytest.raises(ValidationError, match="not an ISO 3166 country code"):
        Destinations.model_validate(data)


def test_a_port_in_an_unknown_country_or_named_twice_is_refused() -> None:
    """A port's country must be an ISO code, and a name or shorthand must name one port."""
    data = raw_destinations()
    data["ports"].append({"name": "Atlantis", "country": "XX"})
    with pytest.raises(ValidationError, match="ports in unknown countries"):
        Destinations.model_validate(data)
    data = raw_destinations()
    data["ports"].append({"name": "Lost Angeles", "country": "US", "aliases": ["LA"]})
    with pytest.raises(ValidationError, match="listed twice"):
        Destinations.model_validate(data)


def test_country_pointing_at_a_missing_tax_regime_is_refused() -> None:
    """A country's import tax must be one of the regimes in the file."""
    data = raw_destinations()
    data["countries"].append({"code": "CH", "duty_basis": "cif", "import_tax": "ch_vat",
                              "tax_percent": "8.1"})  # fmt: skip
    with pytest.raises(ValidationError, match="unknown import tax ch_vat"):
        Destinations.model_validate(data)


def test_rate_without_source_is_refused() -> None:
    """Rates that change carry where they were checked."""
    data = raw_destinations()
    del data["import_taxes"]["eu_vat"]["source"]
    with pytest.raises(ValidationError, match="source"):
        Destinations.model_validate(data)

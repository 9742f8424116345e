"""The seven problems of issue 14, reproduced through the real Application, figures by hand.

Each test is one problem as a buyer importing from China met it in December 2026; its
arithmetic is written in comments. They run on 2026-12-06, the day the problems were seen.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.offline.chat_user import OfflineUser, running
from bot.offline.standin import BotApiStandIn
from tests.handlers.landed.ecb_double import EcbDouble, serving
from tests.handlers.landed.support import assert_phone_sized, pre_lines, reply


@pytest.fixture
def estimate_day() -> date:
    """The day the problems were reported (fiscal year 2027 for US fees)."""
    return date(2026, 12, 6)


def amount(lines: list[str], label: str) -> str:
    """The right-aligned amount on the first block line that starts with `label`."""
    found = next(line for line in lines if line.startswith(label))
    return found.rsplit(" ", 1)[-1]


async def estimate(user: OfflineUser, line: str) -> tuple[str, list[str]]:
    """The reply's text and block lines for `/landed line`."""
    message = reply(await user.send(f"/landed {line}"))
    assert_phone_sized(message)
    return message.text, pre_lines(message)


async def test_1_decimal_commas_make_a_dotted_freight_thousands(alice: OfflineUser) -> None:
    """A line with 2,50 and 2,7% writes 1.200 for one thousand two hundred, not 1.2."""
    text, lines = await estimate(
        alice, "1.000 pcs @ 2,50 eur fob freight 1.200 duty 2,7% to DE sea"
    )
    # Goods 1,000 x 2.50 = 2,500; freight 1,200; CIF 3,700; duty 2.7% x 3,700 = 99.90.
    # Landed 2,500 + 1,200 + 99.90 = 3,799.90 EUR (shown in euros: every amount is in EUR).
    assert amount(lines, "Freight") == "1,200.00"
    assert amount(lines, "Duty 2.7% × 3,700.00") == "99.90"
    assert amount(lines, "Landed cost EUR") == "3,799.90"
    # The reading was a decision, so it is said first.
    assert text.splitlines()[0].startswith("Read: 1,000 pcs · 2.50 EUR · freight 1,200.00")


@pytest.mark.parametrize(
    ("weight", "freight", "billed"),
    [
        # 20 cartons of 50x40x30 cm = 1.2 m³ = 200 kg by air; 20 x 12 kg = 240 kg actual.
        ("12kg", "1,008.00", "240 kg"),
        # 20 x 15 kg = 300 kg actual, over the 200 kg by volume: 300 x 4.20 = 1,260.00.
        ("15kg each", "1,260.00", "300 kg"),
    ],
)
async def test_2_a_weight_after_the_cartons_is_per_carton(
    alice: OfflineUser, weight: str, freight: str, billed: str
) -> None:
    """`20 cartons 50x40x30 12kg` and `15kg each` are weights of one carton."""
    text, lines = await estimate(
        alice,
        f"1000 pcs @ 4 usd fca shenzhen freight 4.2/kg 20 cartons 50x40x30 {weight} air "
        "duty 2% to DE",
    )
    assert amount(lines, "Freight") == freight
    assert f"  {billed} × 4.20" in lines
    assert "per carton" in text.splitlines()[0]


@pytest.mark.parametrize(
    ("line", "label", "expected"),
    [
        # 2k = 2,000 units x 3 = 6,000.
        ("2k pcs @ 3 usd fob to DE sea", "Goods", "6,000.00"),
        # 1.1k = 1,100.
        ("1000 pcs @ 3 usd fob freight 1.1k to DE sea", "Freight", "1,100.00"),
        # "us sea" names the destination without "to": MPF 0.3464% x 3,000 (formal entry
        # over 2,500) = 10.39, under the FY2027 minimum 34.58.
        ("1000 pcs @ 3 usd fob freight 900 duty 5% us sea", "MPF (minimum)", "34.58"),
        # 3 cbm at 85 a cbm = 255.
        ("1000 pcs @ 3 usd fob freight 3 cbm @ 85/cbm to DE sea", "Freight", "255.00"),
        # Two 40' high cubes at 3,200 each = 6,400.
        ("1000 pcs @ 3 usd fob 2 x 40hq freight 3200 to DE sea", "Freight", "6,400.00"),
    ],
)
async def test_3_forms_people_type_are_read(
    alice: OfflineUser, line: str, label: str, expected: str
) -> None:
    """k suffixes, a bare destination, freight per cbm and per container are all read."""
    _, lines = await estimate(alice, line)
    assert amount(lines, label) == expected


async def test_3_container_freight_says_it_is_per_container(alice: OfflineUser) -> None:
    """The freight line of a container shipment shows the count and the amount per box."""
    _, lines = await estimate(alice, "1000 pcs @ 3 usd fob 40hq freight 3200 to DE sea")
    assert amount(lines, "Freight") == "3,200.00"
    assert "  1 × 40HQ × 3,200.00" in lines


async def test_4_stacked_duty_on_one_line(alice: OfflineUser) -> None:
    """`duty 7.5%+25%` is two duty lines on the same base, as `duty 7.5% duty 25%` is."""
    _, lines = await estimate(
        alice, "2000 pcs @ 15 usd cif freight 3000 ins 100 duty 7.5%+25% to US sea"
    )
    # FOB value 30,000 - 3,000 - 100 = 26,900: 7.5% = 2,017.50 and 25% = 6,725.00.
    assert amount(lines, "Duty 7.5% × 26,900.00") == "2,017.50"
    assert amount(lines, "Duty 25% × 26,900.00") == "6,725.00"


async def test_4_hs_code_duties_are_labelled(alice: OfflineUser) -> None:
    """A List 3 product of China: MFN, Section 301 and forced labour, each with its label."""
    text, lines = await estimate(
        alice, "1000 pcs @ 10 usd fob hs 8204.20.00 from CN extra 10% to US sea"
    )
    # Socket wrenches, HTS 8204.20.00.00: MFN 9%, List 3 +25% (9903.88.03), forced labour
    # +12.5% (9903.05.31), and the typed extra 10%, all on the 10,000 FOB value.
    assert amount(lines, "MFN 9%") == "900.00"
    assert amount(lines, "Section 301 List 3 25%") == "2,500.00"
    assert any(line.startswith("Forced labour 12.5%") for line in lines)
    assert amount(lines, "Extra 10%") == "1,000.00"
    assert "9903.88.03" in text
    assert "2026 Revision 4" in text


async def test_4_hs_with_a_six_digit_code_is_read(alice: OfflineUser) -> None:
    """`hs 8516.79` is a code, not a stray number: its one tariff line is used."""
    text, lines = await estimate(alice, "1000 pcs @ 10 usd fob hs 8516.79 from CN to US sea")
    # 8516.79.00.00 "Other" electro-thermal appliances: MFN 2.7% x 10,000 = 270.
    assert amount(lines, "MFN 2.7%") == "270.00"
    assert "What is 8516.79 for" not in text


@pytest.mark.parametrize(
    ("line", "label", "expected"),
    [
        # 5,000 by air: 0.3464% = 17.32, under the FY2027 minimum of 34.58.
        ("1000 pcs @ 5 usd fob duty 4% to US air", "MPF (minimum)", "34.58"),
        # 250,000: 0.3464% = 866, over the FY2027 maximum of 670.86.
        ("10000 pcs @ 25 usd fob duty 10% to US sea", "MPF (maximum)", "670.86"),
        # 2,000: an informal entry, 2.77 in FY2027.
        ("100 pcs @ 20 usd fca to US air", "MPF (informal entry)", "2.77"),
    ],
)
async def test_5_us_fees_of_fiscal_2027_from_october_2026(
    alice: OfflineUser, line: str, label: str, expected: str
) -> None:
    """Entries from 2026-10-01 pay the FY2027 MPF limits (CBP Dec. 26-14), without warning."""
    text, lines = await estimate(alice, line)
    assert amount(lines, label) == expected
    assert "in force to 2026-09-30" not in text


async def test_6_exw_hint_names_a_cost_not_given(alice: OfflineUser) -> None:
    """With `origin 300` typed, the EXW reminder's example is a cost still missing."""
    text, _ = await estimate(alice, "1000 pcs @ 10 usd exw origin 300 freight 2000 to DE sea")
    assert "Under EXW you also pay export clearance, loading" in text
    assert "(e.g. origin 300)" not in text


@pytest.fixture
async def ecb() -> AsyncIterator[EcbDouble]:
    """The ECB's daily file, served locally."""
    async with serving() as double:
        yield double


async def test_7_currency_eur_shows_euros_with_the_ecb_rate(
    tmp_path: Path, ecb: EcbDouble
) -> None:
    """After /currency EUR, a USD line is shown in euros at the ECB rate, named and dated."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_path=tmp_path / "bot.sqlite3",
        live_exchange_rates=True,
        exchange_rates_url=ecb.url,
    )
    standin = BotApiStandIn()
    async with running(build_application(settings, request=standin)) as app:
        user = OfflineUser(app, standin, user_id=1001)
        await user.send("/currency EUR")
        message = reply(await user.send("/landed 1000 pcs @ 10 usd fob freight 2000 to DE sea"))
    # 1 EUR = 1.1650 USD, so 12,000 USD = 12,000 / 1.165 = 10,300.43 EUR.
    assert amount(pre_lines(message), "Landed cost EUR") == "10,300.43"
    assert "ECB" in message.text
    assert "2026-12-04" in message.text
    assert ecb.requests == 1


async def test_lines_typed_by_buyers_after_the_issue(alice: OfflineUser) -> None:
    """Found typing lines the tests did not design: 'x' before a price, 'ddp us' as a place."""
    _, lines = await estimate(alice, "3000pcs x 1.85usd exw, freight usd 980, to uk")
    # Goods 3,000 x 1.85 = 5,550; freight 980; landed 6,530 USD before UK VAT.
    assert amount(lines, "Goods") == "5,550.00"
    assert amount(lines, "Landed cost USD") == "6,530.00"
    text, _ = await estimate(alice, "250 sets 12.5 usd ddp us")
    assert "DDP · to United States" in text
    # 'cif la' is Los Angeles, so the US rules apply: duty on the FOB value (the reply warns
    # that the CIF price includes freight), MPF at its minimum, no VAT.
    text, lines = await estimate(alice, "5000pcs $0.85 cif la duty 6.5%")
    assert "(cif la = Los Angeles, to US)" in text
    assert "CIF Los Angeles · to United States" in text
    assert amount(lines, "MPF (minimum)") == "34.58"
    # A port after `to` names its country: Hamburg is in Germany, so German VAT applies
    # (19% of 1,000 x 2.50 = 475.00), and the reading says how 'hamburg' was read.
    text, lines = await estimate(alice, "1.000 pcs @ 2,50 eur fob shanghai to hamburg sea")
    assert "to hamburg = Hamburg, DE" in text
    assert "FOB Shanghai · to Germany · sea" in text
    assert amount(lines, "VAT 19% × 2,500.00") == "475.00"
    # A packing list's '50 ctns x 24 pcs' is 1,200 units: 1,200 x 3.20 = 3,840.
    text, lines = await estimate(alice, "50 ctns x 24 pcs, unit price usd 3.20, exw to ca")
    assert "50 cartons × 24 = 1,200 pcs" in text
    assert amount(lines, "Goods") == "3,840.00"
    # Amount before its word, duty as 'customs 10%', a courier's quote (typed after the
    # ports): 800 x 3.50 = 2,800 + freight 650 = 3,450.
    _, lines = await estimate(alice, "800pcs usd3.5 exw + 650 freight")
    assert amount(lines, "Freight") == "650.00"
    assert amount(lines, "Landed cost USD") == "3,450.00"
    _, lines = await estimate(
        alice, "qty 3000 price 1.2 usd fob shanghai shipping 900 customs 10% to uk"
    )
    # Duty 10% of the CIF value: 3,600 + 900 freight = 4,500, so 450.
    assert amount(lines, "Duty 10% × 4,500.00") == "450.00"
    _, lines = await estimate(alice, "100 pcs @ 50 usd express to us 30kg dhl 420")
    assert amount(lines, "Freight") == "420.00"
    # 'cif rotterdam' lands in the Netherlands: 21% VAT on 1,000 x 2.00.
    text, lines = await estimate(alice, "1000 pcs @ 2 usd cif rotterdam")
    assert "CIF Rotterdam · to Netherlands" in text
    assert amount(lines, "VAT 21% × 2,000.00") == "420.00"

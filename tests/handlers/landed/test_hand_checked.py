"""/landed against estimates worked out by hand, line by line, through the real Application.

Each test writes its arithmetic in comments, from the facts of shared/KNOWLEDGE.md (duty
bases, import VAT/GST bases, US fees for fiscal year 2026, chargeable weight), so a wrong
base, rate, rounding or conversion shows as a different figure, not a different word.
"""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from tests.handlers.landed.support import GUIDE, assert_phone_sized, pre_lines, reply


def amount(lines: list[str], label: str) -> str:
    """The right-aligned amount on the first block line that starts with `label`."""
    found = next(line for line in lines if line.startswith(label))
    return found.rsplit(" ", 1)[-1]


async def estimate(user: OfflineUser, line: str) -> list[str]:
    """The block lines of the estimate for `line`, checked to fit a phone."""
    message = reply(await user.send(f"/landed {line}"))
    assert_phone_sized(message)
    return pre_lines(message)


async def test_guide_example_with_its_700_contingency(alice: OfflineUser) -> None:
    """The guide's example: 15,150.00 in all, 15.15 a unit."""
    lines = await estimate(alice, f"{GUIDE} cont 700")
    # 10,000 goods + 2,000 freight + 150 insurance + 1,500 duty (15% of 10,000 goods, no
    # destination) + 300 broker + 500 other = 14,450; + 700 = 15,150; / 1,000 = 15.15.
    assert amount(lines, "Subtotal") == "14,450.00"
    assert amount(lines, "Landed cost USD") == "15,150.00"
    assert amount(lines, "Per unit") == "15.15"


async def test_guide_example_with_five_percent_of_the_subtotal(alice: OfflineUser) -> None:
    """5% of 14,450.00 is 722.50, not the guide's 700."""
    lines = await estimate(alice, f"{GUIDE} cont 5%")
    # 14,450 x 5% = 722.50; 14,450 + 722.50 = 15,172.50; / 1,000 = 15.1725 -> 15.17.
    assert amount(lines, "Contingency 5%") == "722.50"
    assert amount(lines, "Landed cost USD") == "15,172.50"
    assert amount(lines, "Per unit") == "15.17"


async def test_us_sea_adds_mpf_and_hmf_on_the_goods_value(alice: OfflineUser) -> None:
    """To the US by sea: duty, MPF and HMF all on the 10,000 FOB value, then 5% on top."""
    lines = await estimate(alice, f"{GUIDE} cont 5% to US sea")
    # Duty 15% x 10,000 = 1,500. MPF 0.3464% x 10,000 = 34.64 (between 33.58 and 651.50).
    # HMF 0.125% x 10,000 = 12.50 (sea only). Subtotal 14,450 + 34.64 + 12.50 = 14,497.14.
    # Contingency 5% x 14,497.14 = 724.857 -> 724.86; total 15,221.997 -> 15,222.00.
    assert amount(lines, "Duty 15% × 10,000.00") == "1,500.00"
    assert amount(lines, "MPF 0.3464% × 10,000.00") == "34.64"
    assert amount(lines, "HMF 0.125% × 10,000.00") == "12.50"
    assert amount(lines, "Subtotal") == "14,497.14"
    assert amount(lines, "Contingency 5%") == "724.86"
    assert amount(lines, "Landed cost USD") == "15,222.00"
    assert amount(lines, "Per unit") == "15.22"


async def test_us_air_pays_the_mpf_minimum_and_no_hmf(alice: OfflineUser) -> None:
    """5,000 USD by air: 0.3464% is 17.32, under the 33.58 minimum; no HMF off a ship."""
    lines = await estimate(alice, "1000 pcs @ 5 usd fob duty 4% to US air")
    # Duty 4% x 5,000 = 200. MPF max(17.32, 33.58) = 33.58. Total 5,233.58; / 1,000 = 5.23.
    assert amount(lines, "Duty 4% × 5,000.00") == "200.00"
    assert amount(lines, "MPF (minimum)") == "33.58"
    assert not any(line.startswith("HMF") for line in lines)
    assert amount(lines, "Landed cost USD") == "5,233.58"
    assert amount(lines, "Per unit") == "5.23"


async def test_us_mpf_stops_at_its_maximum_while_hmf_has_no_cap(alice: OfflineUser) -> None:
    """250,000 USD by sea: MPF capped at 651.50, HMF the full 0.125%."""
    lines = await estimate(alice, "10000 pcs @ 25 usd fob duty 10% to US sea")
    # Duty 10% x 250,000 = 25,000. MPF 0.3464% x 250,000 = 866 -> capped at 651.50.
    # HMF 0.125% x 250,000 = 312.50. Total 250,000 + 25,000 + 651.50 + 312.50 = 275,964.
    assert amount(lines, "MPF (maximum)") == "651.50"
    assert amount(lines, "HMF 0.125% × 250,000.00") == "312.50"
    assert amount(lines, "Landed cost USD") == "275,964.00"
    assert amount(lines, "Per unit") == "27.60"


async def test_us_entry_up_to_2500_usd_is_informal(alice: OfflineUser) -> None:
    """2,000 USD of goods is an informal entry: the flat 2.69 fee, not the 33.58 minimum."""
    lines = await estimate(alice, "100 pcs @ 20 usd fca to US air")
    # 2,000 <= 2,500: MPF 2.69 flat. Total 2,002.69; / 100 = 20.0269 -> 20.03.
    assert amount(lines, "MPF (informal entry)") == "2.69"
    assert amount(lines, "Landed cost USD") == "2,002.69"
    assert amount(lines, "Per unit") == "20.03"


async def test_cif_price_to_the_us_takes_freight_out_of_the_duty_base(
    alice: OfflineUser,
) -> None:
    """A CIF price with its freight and insurance given: stacked duty on the FOB value."""
    lines = await estimate(
        alice, "2000 pcs @ 15 usd cif freight 3000 ins 100 duty 7.5% duty 25% to US sea"
    )
    # Goods 2,000 x 15 = 30,000 (freight and insurance inside: not added again).
    # FOB value 30,000 - 3,000 - 100 = 26,900. Duty 7.5% = 2,017.50; 25% = 6,725.00.
    # MPF 0.3464% x 26,900 = 93.1816 -> 93.18; HMF 0.125% x 26,900 = 33.625 -> 33.63.
    # Total 30,000 + 2,017.50 + 6,725 + 93.1816 + 33.625 = 38,869.3066 -> 38,869.31.
    assert amount(lines, "Duty 7.5% × 26,900.00") == "2,017.50"
    assert amount(lines, "Duty 25% × 26,900.00") == "6,725.00"
    assert amount(lines, "MPF 0.3464% × 26,900.00") == "93.18"
    assert amount(lines, "HMF 0.125% × 26,900.00") == "33.63"
    assert not any(line.startswith(("Freight", "Insurance")) for line in lines)
    assert amount(lines, "Landed cost USD") == "38,869.31"
    assert amount(lines, "Per unit") == "19.43"


async def test_germany_cif_price_stacked_duty_and_vat_in_euros(alice: OfflineUser) -> None:
    """A CIF price in euros shown in euros: duty on CIF, VAT 19% on CIF + duty, apart."""
    await alice.send("/fx EUR 0.8")
    await alice.send("/currency EUR")
    lines = await estimate(alice, "500 sets @ 12.5 eur cif duty 7.5% duty 25% to DE sea")
    # Goods 500 x 12.50 = 6,250 = CIF value. Duty 7.5% = 468.75; 25% = 1,562.50.
    # Landed 6,250 + 2,031.25 = 8,281.25; / 500 = 16.5625 -> 16.56.
    # VAT 19% x (6,250 + 2,031.25) = 1,573.4375 -> 1,573.44; with VAT 9,854.6875 -> 9,854.69.
    assert amount(lines, "Duty 7.5% × 6,250.00") == "468.75"
    assert amount(lines, "Duty 25% × 6,250.00") == "1,562.50"
    assert amount(lines, "Landed cost EUR") == "8,281.25"
    assert amount(lines, "Per unit") == "16.56"
    assert amount(lines, "VAT 19% × 8,281.25") == "1,573.44"
    assert amount(lines, "With VAT") == "9,854.69"
    assert amount(lines, "Per unit with VAT") == "19.71"


async def test_germany_vat_base_takes_delivery_and_unloading(alice: OfflineUser) -> None:
    """EU import VAT adds transport and other costs to the first destination to its base."""
    await alice.send("/fx EUR 0.8")
    await alice.send("/currency EUR")
    lines = await estimate(
        alice,
        "1000 pcs @ 10 eur fob freight 1500 ins 50 duty 4% broker 200 "
        "delivery 400 unloading 100 to DE sea",
    )
    # CIF value 10,000 + 1,500 + 50 = 11,550; duty 4% = 462.
    # Landed 11,550 + 462 + 200 broker + 400 delivery + 100 unloading = 12,712.
    # VAT base 11,550 + 462 + (400 + 100) = 12,512; 19% = 2,377.28; with VAT 15,089.28.
    assert amount(lines, "Duty 4% × 11,550.00") == "462.00"
    assert amount(lines, "Landed cost EUR") == "12,712.00"
    assert amount(lines, "VAT 19% × 12,512.00") == "2,377.28"
    assert amount(lines, "With VAT") == "15,089.28"
    assert "delivery costs" in " ".join(lines)


async def test_uk_exw_in_yuan_by_air_on_chargeable_weight(alice: OfflineUser) -> None:
    """EXW yuan prices to the UK by air: 400 kg billed by volume, VAT 20% on CIF + duty."""
    await alice.send("/fx CNY 7.12")
    lines = await estimate(
        alice,
        "2000 pcs ¥32 exw origin 800 freight 4.5/kg ctn 50x40x30cm x 40 wt 300kg "
        "duty 2% air to uk",
    )
    # 40 cartons x 50 x 40 x 30 cm = 2,400,000 cm3; / 6,000 = 400 kg > 300 kg actual.
    # 1 USD = 7.12 CNY, so CNY / 7.12 = USD. Goods 64,000 / 7.12 = 8,988.7640;
    # origin 800 / 7.12 = 112.3596; freight 400 x 4.5 = 1,800 / 7.12 = 252.8090.
    # CIF 9,353.9326; duty 2% = 187.0787; landed 9,541.0112 -> 9,541.01.
    # VAT 20% x (9,353.9326 + 187.0787) = 1,908.2022 -> 1,908.20.
    assert amount(lines, "Goods") == "8,988.76"
    assert "  2,000 pcs × 4.4944" in lines
    assert "  typed 32.00 CNY each" in lines
    assert amount(lines, "Origin charges") == "112.36"
    assert amount(lines, "Freight") == "252.81"
    assert "  400 kg × 0.632" in lines
    assert amount(lines, "Duty 2% × 9,353.93") == "187.08"
    assert amount(lines, "Landed cost USD") == "9,541.01"
    assert amount(lines, "VAT 20% × 9,541.01") == "1,908.20"


async def test_australia_gst_adds_freight_and_insurance_to_the_fob_base(
    alice: OfflineUser,
) -> None:
    """Australia: duty on FOB, GST 10% on FOB + duty + international transport."""
    lines = await estimate(alice, "1000 pcs @ 8 usd fob freight 1200 ins 60 duty 5% to AU sea")
    # Duty 5% x 8,000 = 400. Landed 8,000 + 1,200 + 60 + 400 = 9,660.
    # GST 10% x (8,000 + 400 + 1,260) = 966; with GST 10,626; / 1,000 = 10.626 -> 10.63.
    assert amount(lines, "Duty 5% × 8,000.00") == "400.00"
    assert amount(lines, "GST 10% × 9,660.00") == "966.00"
    assert amount(lines, "With GST") == "10,626.00"
    assert amount(lines, "Per unit with GST") == "10.63"


async def test_canada_gst_is_on_value_for_duty_plus_duty(alice: OfflineUser) -> None:
    """Canada: duty on FOB, federal GST 5% on FOB + duty, freight left out of both."""
    lines = await estimate(alice, "1000 pcs @ 8 usd fob freight 1200 duty 6.5% to CA sea")
    # Duty 6.5% x 8,000 = 520. Landed 9,720. GST 5% x (8,000 + 520) = 426; with 10,146.
    assert amount(lines, "Duty 6.5% × 8,000.00") == "520.00"
    assert amount(lines, "Landed cost USD") == "9,720.00"
    assert amount(lines, "GST 5% × 8,520.00") == "426.00"
    assert amount(lines, "With GST") == "10,146.00"


async def test_japan_in_yen_rounds_to_whole_yen(alice: OfflineUser) -> None:
    """Yen have no decimals: amounts show whole yen, a unit price keeps what it needs."""
    await alice.send("/fx JPY 150")
    await alice.send("/currency JPY")
    lines = await estimate(alice, "100 pcs @ 3.337 usd fob freight 120 usd duty 3.9% to JP sea")
    # 1 USD = 150 JPY. Unit 3.337 x 150 = 500.55; goods 100 x 500.55 = 50,055.
    # Freight 120 x 150 = 18,000. CIF 68,055; duty 3.9% = 2,654.145 -> 2,654.
    # Total 70,709.145 -> 70,709; / 100 = 707.09 -> 707.
    assert amount(lines, "Goods") == "50,055"
    assert "  100 pcs × 500.55" in lines
    assert "  typed 3.337 USD each" in lines
    assert amount(lines, "Freight") == "18,000"
    assert amount(lines, "Duty 3.9% × 68,055") == "2,654"
    assert amount(lines, "Landed cost JPY") == "70,709"
    assert amount(lines, "Per unit") == "707"


async def test_display_in_euros_multiplies_dollars_by_the_rate(alice: OfflineUser) -> None:
    """1 USD = 0.8 EUR: a 10 USD price is 8 EUR, never 12.50."""
    await alice.send("/fx EUR 0.8")
    await alice.send("/currency EUR")
    lines = await estimate(alice, "1000 pcs @ 10 usd fob freight 500 eur")
    # 10 USD x 0.8 = 8 EUR a unit; goods 8,000; freight 500 EUR as typed; total 8,500.
    assert amount(lines, "Goods") == "8,000.00"
    assert "  typed 10.00 USD each" in lines
    assert amount(lines, "Landed cost EUR") == "8,500.00"


async def test_express_rounds_up_to_the_next_half_kilo(alice: OfflineUser) -> None:
    """Express: volume / 5,000, rounded up to 0.5 kg, beats a lighter actual weight."""
    lines = await estimate(
        alice, "10 pcs @ 20 usd fca freight 6/kg ctn 33x27x19cm x 3 wt 8kg express"
    )
    # 3 x 33 x 27 x 19 = 50,787 cm3; / 5,000 = 10.1574 kg -> 10.5 kg > 8 kg.
    # Freight 10.5 x 6 = 63; total 200 + 63 = 263; / 10 = 26.30.
    assert "  10.5 kg × 6.00" in lines
    assert amount(lines, "Freight") == "63.00"
    assert amount(lines, "Per unit") == "26.30"


async def test_sea_bills_weight_or_measure_whichever_is_greater(alice: OfflineUser) -> None:
    """Sea W/M: 3 t outweighs 2.4 m³, so a per-cbm rate bills 3 revenue tonnes."""
    lines = await estimate(alice, "100 pcs @ 20 usd fob freight 80/cbm vol 2.4cbm wt 3000kg sea")
    # 1 m3 = 1,000 kg: 2.4 m3 = 2,400 kg < 3,000 kg, so 3 W/M x 80 = 240.
    assert "  3 cbm × 80.00" in lines
    assert amount(lines, "Freight") == "240.00"


async def test_insurance_percentage_names_the_base_it_used(alice: OfflineUser) -> None:
    """0.3% insurance is on 110% of cost plus freight (13,200), and the line says just that."""
    lines = await estimate(alice, "1000 pcs @ 10 usd fob freight 2000 ins 0.3%")
    # (10,000 + 2,000) x 110% = 13,200; x 0.3% = 39.60.
    assert amount(lines, "Insurance 0.3% × 13,200.00") == "39.60"
    assert "  on 110% of cost + freight" in lines


async def test_ddp_leaves_duty_and_vat_to_the_seller(alice: OfflineUser) -> None:
    """Under DDP typed duty is not added and no import VAT is shown: the price is all-in."""
    lines = await estimate(alice, "1000 pcs @ 10 usd ddp duty 10% to DE")
    assert amount(lines, "Landed cost USD") == "10,000.00"
    assert not any(line.startswith(("Duty", "VAT")) for line in lines)

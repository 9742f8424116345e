"""/landed <one line> through the real Application: the breakdown a buyer reads on a phone."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.landed.support import GUIDE, assert_phone_sized, pre_lines, reply


async def test_guide_example_with_contingency_as_an_amount(alice: OfflineUser) -> None:
    """The sourcing guide's example gives 15,150.00 in total and 15.15 per unit."""
    message = reply(await alice.send(f"/landed {GUIDE} cont 700"))
    lines = pre_lines(message)
    assert any(line.startswith("Landed cost USD") and line.endswith("15,150.00") for line in lines)
    assert any(line.startswith("Per unit") and line.endswith("15.15") for line in lines)
    assert any(line.startswith("Duty 15% × 10,000.00") for line in lines)
    assert "No destination: duty is on the goods value." in message.text
    assert [b.text for b in message.flat_buttons()] == ["💾 Save"]
    assert_phone_sized(message)


async def test_guide_example_with_five_percent_names_the_subtotal(alice: OfflineUser) -> None:
    """cont 5% is 5% of the 14,450.00 subtotal: 15,172.50 in total."""
    message = reply(await alice.send(f"/landed {GUIDE} cont 5%"))
    lines = pre_lines(message)
    assert any(line.startswith("Subtotal") and line.endswith("14,450.00") for line in lines)
    assert any(line.startswith("Contingency 5%") and line.endswith("722.50") for line in lines)
    assert "  × 14,450.00 on subtotal" in lines
    assert any(line.endswith("15,172.50") for line in lines)


async def test_cif_basis_country_puts_freight_in_the_duty_base(alice: OfflineUser) -> None:
    """Germany charges duty on goods + freight + insurance (12,150.00)."""
    message = reply(await alice.send(f"/landed {GUIDE} to DE sea"))
    lines = pre_lines(message)
    assert any(line.startswith("Duty 15% × 12,150.00") and line.endswith("1,822.50")
               for line in lines)  # fmt: skip
    assert "  on CIF value" in lines


async def test_fob_basis_country_leaves_freight_out(alice: OfflineUser) -> None:
    """The US charges duty on the 10,000.00 goods value."""
    lines = pre_lines(reply(await alice.send(f"/landed {GUIDE} to US sea")))
    assert any(line.startswith("Duty 15% × 10,000.00") for line in lines)
    assert "  on FOB value" in lines


async def test_us_sea_has_hmf_and_air_does_not(alice: OfflineUser) -> None:
    """The Harbor Maintenance Fee is for ocean shipments only; MPF for both."""
    sea = reply(await alice.send(f"/landed {GUIDE} to US sea"))
    air = reply(await alice.send(f"/landed {GUIDE} to US air"))
    assert any(line.startswith("HMF 0.125% × 10,000.00") for line in pre_lines(sea))
    assert not any(line.startswith("HMF") for line in pre_lines(air))
    assert any(line.startswith("MPF 0.3464% × 10,000.00") for line in pre_lines(air))
    assert "as of 2025-10-01" in sea.text


@pytest.mark.parametrize(
    ("price", "label", "amount"),
    [("5", "MPF (minimum)", "33.58"), ("500", "MPF (maximum)", "651.50")],
)
async def test_mpf_minimum_and_maximum(
    alice: OfflineUser, price: str, label: str, amount: str
) -> None:
    """Small entries pay the MPF minimum, large ones its maximum, with the limits named."""
    message = reply(await alice.send(f"/landed 1000 pcs @ {price} usd fob to US sea"))
    assert any(line.startswith(label) and line.endswith(amount) for line in pre_lines(message))
    assert "min 33.58 max 651.50 USD; as of 2025-10-01" in message.text


async def test_vat_is_shown_apart_with_totals_with_and_without_it(alice: OfflineUser) -> None:
    """Import VAT comes after the landed cost, with its base and the total including it."""
    lines = pre_lines(reply(await alice.send(f"/landed {GUIDE} duty 0% to DE sea")))
    landed = next(i for i, line in enumerate(lines) if line.startswith("Landed cost"))
    vat = next(i for i, line in enumerate(lines) if line.startswith("VAT 19%"))
    assert vat > landed
    assert "  on customs value + duty" in lines
    assert any(line.startswith("With VAT") for line in lines)
    assert any(line.startswith("Per unit with VAT") for line in lines)


async def test_australian_gst_base_includes_transport(alice: OfflineUser) -> None:
    """Australia's GST is on customs value + duty + freight and insurance."""
    message = reply(await alice.send(f"/landed {GUIDE} to AU sea"))
    assert any(line.startswith("GST 10%") for line in pre_lines(message))
    assert "freight + insurance" in " ".join(pre_lines(message))
    assert_phone_sized(message)


async def test_ddp_warns_that_duty_is_in_the_price(alice: OfflineUser) -> None:
    """Duty typed under DDP is left out with a warning."""
    message = reply(await alice.send("/landed 1000 pcs @ 10 usd ddp duty 15% to US sea"))
    assert "⚠️ Duty not added: under DDP the seller pays duty" in message.text
    assert not any(line.startswith("Duty") for line in pre_lines(message))


async def test_cif_warns_that_freight_is_in_the_price(alice: OfflineUser) -> None:
    """Freight typed under CIF is left out with a double-counting warning."""
    message = reply(await alice.send("/landed 1000 pcs @ 10 usd cif freight 2000 to DE sea"))
    assert "⚠️ Freight 2,000.00 not added: under CIF the seller pays main freight" in message.text
    assert not any(line.startswith("Freight") for line in pre_lines(message))


@pytest.mark.parametrize(
    ("mode", "billed"), [("air", "200 kg"), ("express", "240 kg"), ("sea", "1,200 kg")]
)
async def test_chargeable_weight_follows_the_mode(
    alice: OfflineUser, mode: str, billed: str
) -> None:
    """1.2 m³ of cartons weighing 100 kg bill as 200 kg by air, 240 by express, 1,200 at sea."""
    line = f"/landed 100 pcs @ 10 usd fob freight 5/kg ctn 50x40x30cm x 20 wt 100kg {mode}"
    message = reply(await alice.send(line))
    assert f"  {billed} × 5.00" in pre_lines(message)
    assert f"Chargeable {mode}: {billed} by volume" in message.text


@pytest.mark.parametrize(
    "line",
    [
        f"{GUIDE} cont 5% to AU sea",
        "2000 pcs ¥32 exw origin 800 freight 4.5/kg ctn 50x40x30cm x 40 wt 600kg air to uk",
        "999999999 pcs @ 99999999999 usd duty 999% duty 999% to US sea ins 99% cont 99%",
        "1 pc @ 0.0001 usd fob to NZ sea freight 0.01 broker 0.02",
    ],
)
async def test_every_block_line_fits_a_phone(alice: OfflineUser, line: str) -> None:
    """Whatever the numbers, no line of the <pre> block is wider than 32 characters."""
    await alice.send("/fx CNY 7.12")
    assert_phone_sized(reply(await alice.send(f"/landed {line}")))


async def test_unknown_word_is_pointed_at_with_the_syntax(alice: OfflineUser) -> None:
    """An unknown word is quoted and underlined in the line, and the syntax is shown."""
    message = reply(await alice.send("/landed 1000 pcs @ 10 usd flux 200 fob"))
    assert "I don't understand 'flux'." in message.text
    assert "<u><b>flux</b></u>" in message.html
    assert "Syntax" in message.text
    assert "/landed 1000 pcs @ 10 usd fob freight 2000" in message.text


async def test_hostile_input_is_escaped(alice: OfflineUser) -> None:
    """Markup typed by a user is shown as text, never interpreted."""
    message = reply(await alice.send("/landed 100 pcs @ 10 usd <b>&amp;</b> <script>"))
    assert "<b>&amp;</b> <script>" in message.text
    assert "&lt;" in message.html


async def test_absurd_numbers_are_refused(alice: OfflineUser) -> None:
    """A duty over 1000% is not a tariff: the reply says so."""
    message = reply(await alice.send("/landed 1000 pcs @ 10 usd duty 1500%"))
    assert "not a believable duty rate" in message.text


async def test_an_order_total_in_another_currency_shows_the_total_typed(
    alice: OfflineUser,
) -> None:
    """'total 45,000 cny' with a rate: the goods line is the total, shown as typed, not per pc."""
    await alice.send("/fx CNY 7.2")
    message = reply(await alice.send("/landed 3000 pcs total 45,000 cny exw to DE"))
    lines = pre_lines(message)
    assert "order total 45,000 ÷ 3,000 pcs" in message.text
    assert any(line.startswith("Goods") and line.endswith("6,250.00") for line in lines)
    assert "  typed 45,000.00 CNY" in lines
    assert not any("CNY/pc" in line for line in lines)


async def test_a_pasted_supplier_sentence_gets_a_line_to_check_and_send(
    alice: OfflineUser,
) -> None:
    """The refusal stays, and under it the line read from the text, as copyable code."""
    message = reply(
        await alice.send("/landed Dear buyer, unit price USD 1.20/pc FOB Ningbo, MOQ 5000pcs")
    )
    assert message.text.startswith("⚠️ I don't understand 'dear'.")
    assert "<code>/landed 5000 pcs @ 1.2 usd fob ningbo</code>" in message.html

"""/fx and /currency through the real Application, and what /landed does with them."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.landed.support import pre_lines, reply


async def test_fx_rate_converts_a_price_in_yuan(alice: OfflineUser) -> None:
    """32 CNY at 1 USD = 7.12 CNY is 4.49 USD; the reply names the rate it used."""
    saved = reply(await alice.send("/fx CNY 7.12"))
    assert "1 USD = 7.12 CNY (1 CNY = 0.140449 USD)" in saved.text
    message = reply(await alice.send("/landed 1000 pcs @ 32 cny fob"))
    lines = pre_lines(message)
    assert any(line.startswith("Goods") and line.endswith("4,494.38") for line in lines)
    assert "  typed 32.00 CNY each" in lines
    assert "Rates used (your /fx): 1 USD = 7.12 CNY" in message.text


async def test_missing_rate_names_the_command_to_type(alice: OfflineUser) -> None:
    """A currency without a rate is a clear error naming /fx, never a guess."""
    message = reply(await alice.send("/landed 1000 pcs @ 32 cny freight 100 eur"))
    assert "No exchange rate for CNY, EUR in this chat." in message.text
    assert "/fx CNY RATE" in message.text
    assert "/fx EUR RATE" in message.text
    assert message.buttons == []


async def test_a_line_all_in_euros_is_answered_in_euros_without_a_rate(
    alice: OfflineUser,
) -> None:
    """No EUR rate in a USD chat: an all-EUR line is shown in EUR, saved, and shown again."""
    message = reply(await alice.send("/landed 500 @ 12 eur fob freight 400 duty 4% to DE sea"))
    assert "Landed cost estimate in EUR" in message.text
    lines = pre_lines(message)
    assert any(line.startswith("Landed cost EUR") and line.endswith("6,656.00") for line in lines)
    assert (
        "Shown in EUR, the currency you typed. For USD, this chat's currency, set /fx EUR RATE."
        in message.text
    )
    await alice.press("💾 Save")
    await alice.answer("Bags DE")
    shown = reply(await alice.send("/landed show bags de"))
    assert "Landed cost estimate in EUR" in shown.text
    assert "changed since" not in shown.text
    await alice.send("/fx EUR 0.8")
    converted = reply(await alice.send("/landed 500 @ 12 eur fob freight 400 duty 4% to DE sea"))
    assert "Landed cost estimate in USD" in converted.text
    assert "Shown in EUR" not in converted.text


async def test_display_currency_needs_its_rate(alice: OfflineUser) -> None:
    """/currency EUR asks for the EUR rate; once set, estimates come out in EUR."""
    assert "/fx EUR RATE" in reply(await alice.send("/currency EUR")).text
    in_usd = reply(await alice.send("/landed 10 pcs @ 10 usd")).text
    assert (
        "Shown in USD, the currency you typed. For EUR, this chat's currency, set /fx EUR RATE."
        in in_usd
    )
    two = reply(await alice.send("/landed 10 @ 10 usd freight 5 cny")).text
    assert "No exchange rate for CNY, EUR" in two
    await alice.send("/fx EUR 0.92")
    message = reply(await alice.send("/landed 10 pcs @ 10 usd"))
    assert "Landed cost estimate in EUR" in message.text
    assert any(line.endswith("92.00") for line in pre_lines(message))
    assert "Estimates in this chat are shown in EUR." in reply(await alice.send("/currency")).text


async def test_fx_alone_lists_rates_and_explains_the_form(alice: OfflineUser) -> None:
    """/fx with nothing after it lists the chat's rates and how to set one."""
    assert "No exchange rates in this chat yet." in reply(await alice.send("/fx")).text
    await alice.send("/fx 26,000 VND")
    listing = reply(await alice.send("/fx")).text
    assert "1 USD = 26,000 VND" in listing
    assert "/fx CNY 7.12" in listing


async def test_bad_fx_and_currency_get_the_expected_form(alice: OfflineUser) -> None:
    """Wrong input is answered with what was wrong and the form to use."""
    assert "1 USD is always 1 USD" in reply(await alice.send("/fx USD 3")).text
    assert "more than zero" in reply(await alice.send("/fx CNY 0")).text
    bad = reply(await alice.send("/currency <b>bitcoin</b>"))
    assert "'<b>bitcoin</b>' is not a currency I know" in bad.text
    assert "/currency EUR" in bad.text


async def test_rates_belong_to_their_chat(app: App, standin: BotApiStandIn) -> None:
    """A rate set in one group does not exist in another."""
    team = OfflineUser(app, standin, user_id=21, chat_id=-100, first_name="Ann")
    other = OfflineUser(app, standin, user_id=21, chat_id=-200, first_name="Ann")
    await team.send("/fx CNY 7.12")
    assert "Goods" in reply(await team.send("/landed 10 pcs @ 32 cny")).text
    assert "set /fx CNY RATE" in reply(await other.send("/landed 10 pcs @ 32 cny")).text

"""Saving, listing, showing and comparing estimates through the real Application."""

from __future__ import annotations

from bot.app import DATABASE_KEY
from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotApiStandIn
from handlers.shared.services import App
from tests.handlers.landed.support import GUIDE, assert_phone_sized, pre_lines, reply, sent


async def save_as(user: OfflineUser, line: str, name: str) -> str:
    """Estimate `line`, press Save, answer `name`; the bot's last answer."""
    await user.send(f"/landed {line}")
    [question] = sent(await user.press("💾 Save"))
    assert question.force_reply
    return reply(await user.answer(name)).text


async def test_save_list_show_and_compare(alice: OfflineUser) -> None:
    """Two estimates saved by name can be listed, shown again and compared per unit."""
    assert "Saved as “Mugs FOB US”" in await save_as(alice, f"{GUIDE} cont 700", "Mugs FOB US")
    await save_as(alice, "1000 pcs @ 9 usd cif duty 10% to DE sea", "Mugs CIF DE")
    listing = reply(await alice.send("/landed list")).text
    assert listing.index("Mugs CIF DE") < listing.index("Mugs FOB US")
    assert "15.15 USD/unit, 15,150.00 total · FOB" in listing

    shown = reply(await alice.send("/landed show mugs fob"))
    assert any(line.endswith("15,150.00") for line in pre_lines(shown))
    assert "Saved as “Mugs FOB US”: /landed 1000 pcs" in shown.text
    assert "changed since" not in shown.text

    compared = reply(await alice.send("/landed compare Mugs FOB US vs mugs cif de"))
    assert "A = Mugs FOB US" in compared.text
    assert "B = Mugs CIF DE" in compared.text
    lines = pre_lines(compared)
    landed = next(line for line in lines if line.startswith("Landed"))
    assert landed.split()[1:] == ["15.15", "9.90"]  # 9.00 + 10% duty on CIF 9.00
    assert_phone_sized(compared)


async def test_taken_and_bad_names_are_asked_again(alice: OfflineUser) -> None:
    """A name already used, or a reserved word, gets the reason and the question again."""
    await save_as(alice, "10 pcs @ 1 usd", "Sample")
    await alice.send("/landed 20 pcs @ 1 usd")
    await alice.press("💾 Save")
    [taken] = sent(await alice.answer("sample"))
    assert "“sample” is already taken" in taken.text
    assert taken.force_reply
    [reserved] = sent(await alice.answer("list"))
    assert "command word" in reserved.text
    assert "Saved as “Sample 2”" in reply(await alice.answer("Sample 2")).text


async def test_saving_twice_says_where_it_is(alice: OfflineUser) -> None:
    """Save on an estimate already saved names it instead of asking again."""
    await save_as(alice, "10 pcs @ 1 usd", "Once")
    result = next(m for m in alice.standin.messages.values() if m.flat_buttons())
    [notice] = await alice.press("💾 Save", result)
    assert notice.text == "Already saved as “Once”."


async def test_records_belong_to_the_chat(app: App, standin: BotApiStandIn) -> None:
    """A team's estimates are seen by its members and by nobody outside the group."""
    ann = OfflineUser(app, standin, user_id=21, chat_id=-100, first_name="Ann")
    ben = OfflineUser(app, standin, user_id=22, chat_id=-100, first_name="Ben")
    outsider = OfflineUser(app, standin, user_id=21, chat_id=-200, first_name="Ann")
    await save_as(ann, "10 pcs @ 1 usd", "Team quote")
    assert "Team quote" in reply(await ben.send("/landed list")).text
    assert "No saved estimates" in reply(await outsider.send("/landed list")).text
    assert "No saved estimate called" in reply(await outsider.send("/landed show team")).text
    team_result = next(m for (c, _), m in standin.messages.items() if c == -100 and m.buttons)
    elsewhere = next(m for (c, _), m in standin.messages.items() if c == -200)
    [forged] = await outsider.press_data(team_result.buttons[0][0].callback_data or "", elsewhere)
    assert "expired" in forged.text


async def test_name_question_belongs_to_who_pressed_save(app: App, standin: BotApiStandIn) -> None:
    """In a group, only the person who pressed Save names the estimate."""
    ann = OfflineUser(app, standin, user_id=21, chat_id=-100, first_name="Ann")
    ben = OfflineUser(app, standin, user_id=22, chat_id=-100, first_name="Ben")
    await ann.send("/landed 10 pcs @ 1 usd")
    [question] = sent(await ben.press("💾 Save"))
    assert "Ben" in question.text
    ann.pending_question = question
    assert "whoever pressed Save" in reply(await ann.answer("Ann's name")).text
    assert "Saved as “Ben's name”" in reply(await ben.answer("Ben's name")).text


async def test_hostile_names_are_escaped(alice: OfflineUser) -> None:
    """A name with markup is stored as typed and shown as text."""
    await save_as(alice, "10 pcs @ 1 usd", "<b>x</b> & co")
    listing = reply(await alice.send("/landed list"))
    assert "<b>x</b> & co" in listing.text
    assert "&lt;b&gt;x&lt;/b&gt; &amp; co" in listing.html


async def test_compare_and_show_need_names(alice: OfflineUser) -> None:
    """Without names, or without saved estimates, the reply says what to type."""
    assert "No saved estimates" in reply(await alice.send("/landed compare a b")).text
    await save_as(alice, "10 pcs @ 1 usd", "Only one")
    assert "Name two saved estimates" in reply(await alice.send("/landed compare x")).text
    assert "Which one?" in reply(await alice.send("/landed show")).text


async def test_show_recomputes_with_the_rates_saved(alice: OfflineUser) -> None:
    """A saved estimate keeps the rate it used, even after /fx changes."""
    await alice.send("/fx CNY 8")
    await save_as(alice, "100 pcs @ 32 cny", "Yuan")
    await alice.send("/fx CNY 4")
    shown = reply(await alice.send("/landed show yuan"))
    assert any(line.endswith("400.00") for line in pre_lines(shown))
    assert "1 USD = 8 CNY" in shown.text


async def test_show_says_when_the_data_changed_since_saving(app: App, alice: OfflineUser) -> None:
    """If recomputing gives another total (say, new fee data), the saved total is named."""
    await save_as(alice, "10 pcs @ 1 usd", "Old figures")
    db = app.bot_data[DATABASE_KEY]
    await db.execute(
        "UPDATE landed_estimates SET figures = json_set(figures, '$.total', '12') WHERE name = ?",
        ("Old figures",),
    )
    shown = reply(await alice.send("/landed show old figures"))
    assert "The data changed since this was saved: the total was then 12.00 USD." in shown.text

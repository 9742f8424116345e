"""/fx and /currency: the exchange rates and the display currency of a chat.

`/fx CNY 7.12` (or `/fx usd/cny 7.12`) stores 1 USD = 7.12 CNY for this chat, `/fx` lists
the chat's rates and the reference rates last fetched;
`/currency EUR` sets the currency estimates are shown in, `/currency` shows it. Reading what
was typed is `knowledge/landed/reader/rates.py`'s job; the rates are kept by the chat store.
"""

from __future__ import annotations

from telegram import Update

from handlers.landed import texts
from handlers.shared.services import Context, services
from knowledge.landed import USD, RateInputError, format_number, read_currency, read_rate


def argument(update: Update) -> str:
    """Everything typed after the command word."""
    message = update.effective_message
    text = message.text if message is not None and message.text else ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 and parts[0].startswith("/") else ""


async def set_fx(update: Update, context: Context) -> None:
    """`/fx CNY 7.12` saves a rate; `/fx` alone lists them and explains the form."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    found = services(context)
    typed = argument(update) if context.args else ""
    if not typed:
        rates = await found.chats.list_fx_rates(chat.id)
        currency = await found.chats.get_currency(chat.id)
        listed = [f"1 USD = {format_number(rate, 6)} {code}" for code, rate in rates.items()]
        head = "<b>Exchange rates</b>\n" + ("\n".join(listed) if listed else texts.FX_NONE)
        reference = await found.reference_rates.get_reference_rates(found.rate_feed.source)
        if reference is not None:
            head += "\n" + texts.FX_REFERENCE.format(
                source=reference.source,
                day=reference.day.isoformat(),
                count=len(reference.per_usd),
            )
        shown = texts.CURRENCY_NOW.format(code=currency)
        await message.reply_html(f"{head}\n\n{texts.FX_FORM_HELP}\n{shown} (/currency)")
        return
    try:
        setting = read_rate(typed, found.landed.rules.currencies)
    except RateInputError as error:
        await message.reply_html(f"⚠️ {texts.esc(error.message)}\n{texts.FX_FORM_HELP}")
        return
    await found.chats.save_fx_rate(chat.id, setting.currency, setting.per_usd)
    await message.reply_html(
        texts.FX_SAVED.format(
            rate=format_number(setting.per_usd, 6),
            code=setting.currency,
            inverse=format_number(setting.usd_per_unit, 6),
        )
    )


async def set_currency(update: Update, context: Context) -> None:
    """`/currency EUR` sets the display currency; `/currency` alone shows it."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    found = services(context)
    typed = argument(update) if context.args else ""
    if not typed:
        currency = await found.chats.get_currency(chat.id)
        await message.reply_html(
            texts.CURRENCY_NOW.format(code=currency) + "\n" + texts.CURRENCY_FORM_HELP
        )
        return
    try:
        code = read_currency(typed, found.landed.rules.currencies)
    except RateInputError as error:
        await message.reply_html(f"⚠️ {texts.esc(error.message)}\n{texts.CURRENCY_FORM_HELP}")
        return
    await found.chats.save_currency(chat.id, code)
    reply = texts.CURRENCY_SET.format(code=code)
    if code != USD and code not in await found.chats.list_fx_rates(chat.id):
        reply += "\n" + texts.CURRENCY_NEEDS_RATE.format(code=code)
    await message.reply_html(reply)

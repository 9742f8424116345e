"""What /landed, /fx and /currency say: every user-facing sentence of the feature, in one place.

Owns the wording (short, for a phone) and the small HTML helpers that put escaped user input
into it. No rules: which question comes next, what is charged and what an answer means are
decided in `knowledge/`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from knowledge.landed import (
    EXAMPLE,
    SYNTAX,
    HsChoiceError,
    LandedInputError,
    MissingRateError,
    Step,
    normalise,
)


def esc(text: object) -> str:
    """Escape anything for HTML text."""
    return html.escape(str(text), quote=False)


SYNTAX_HELP = (
    f"<b>Syntax</b> (any order)\n{esc(SYNTAX)}\n\n"
    f"<b>Example</b>\n<code>/landed {esc(EXAMPLE)}</code>\n"
    "Send /landed alone for a guided version."
)

QUESTIONS: dict[Step, str] = {
    Step.QUANTITY: "How many units? e.g. <code>1000</code>",
    Step.PRICE: "Unit price with its currency? e.g. <code>10 usd</code>, <code>¥32</code>",
    Step.INCOTERM: "Which Incoterm is the price quoted on?",
    Step.DESTINATION: "Where are the goods going?",
    Step.COUNTRY: "Which country? Type its name or code, e.g. <code>Mexico</code> or "
    "<code>MX</code>",
    Step.MODE: "How will the goods travel?",
    Step.FREIGHT: "Freight you pay? A total (<code>2000</code>) or a rate with the weight "
    "or volume (<code>4.5/kg wt 500kg</code>, <code>80/cbm vol 2.4cbm</code>). "
    "Type <code>skip</code> if you don't know it yet.",
    Step.HS: "US tariff code (HS) of the goods, for the duty from the schedule? e.g. "
    "<code>8516.79</code>, or words: <code>water heater</code>. "
    "Type <code>skip</code> to type the duty rate yourself.",
    Step.ORIGIN: "Where are the goods made? Their US duty depends on it; I'll remember it for "
    "this chat.",
    Step.ORIGIN_COUNTRY: "Made in which country? Type its name or code, e.g. "
    "<code>Thailand</code> or <code>TH</code>",
    Step.DUTY: "Duty rate? e.g. <code>15%</code>, or stacked <code>7.5% + 25%</code>. "
    "Type <code>skip</code> for none.",
    Step.EXTRAS: "Anything else? e.g. <code>ins 150 broker 300 other 500 cont 5%</code>. "
    "Type <code>skip</code> for nothing.",
}
FREIGHT_IN_PRICE = (
    "The price already includes freight, but duty here is on the value without it: "
    "give the freight to take it out (<code>2000</code>), or <code>skip</code>."
)
STARTED = "Landed cost, step by step. /landed cancel stops."
RESUMED = "Carrying on where you left off (/landed cancel to start over)."
CANCELLED = "Guided estimate dropped. Send /landed to start again."
NOTHING_TO_CANCEL = "There is no guided estimate to cancel. Send /landed to start one."
NOT_YOUR_NAME_QUESTION = "That name question is for whoever pressed Save."
NOT_YOUR_QUESTION = "That question is {owner}'s. Send /landed to start your own estimate."
USE_BUTTONS = "Please use the buttons on my last message, or /landed cancel."
AS_ONE_LINE = "Next time, in one line: <code>/landed {line}</code>"
CHOSEN = "{question}\n✓ <b>{choice}</b>"

SAVE_BUTTON = "💾 Save"
ASK_NAME = "Name for this estimate? e.g. <code>Mugs FOB US</code>"
ALREADY_SAVED = "Already saved as “{name}”."
NAME_TAKEN = "“{name}” is already taken in this chat. Reply with another name."
SAVED = "Saved as “{name}”. See it with <code>/landed show {name}</code>; all: /landed list"
NO_SAVED = "No saved estimates in this chat yet. Tap 💾 Save under an estimate to keep it."
NOT_FOUND = "No saved estimate called “{name}”. /landed list shows them all."
SHOW_USAGE = "Which one? e.g. <code>/landed show Mugs FOB US</code>"
COMPARE_USAGE = "Name two saved estimates: <code>/landed compare Mugs FOB US vs Mugs CIF DE</code>"
DELETE_USAGE = (
    "Which one? e.g. <code>/landed delete Mugs FOB US</code>; /landed list shows the names."
)
DELETE_CONFIRM = "Delete this saved estimate for good?\n{summary}"
DELETE_BUTTON = "🗑 Delete"
KEEP_BUTTON = "Keep it"
DELETED = "🗑 Deleted “{name}”. /landed list shows the rest."
KEPT = "Kept “{name}”: nothing was deleted."
ALREADY_GONE = "That estimate is already deleted."
NOT_YOURS_TOAST = "Only the member who saved “{name}”, or a group admin, can delete it."
NOT_YOURS_TO_DELETE = (
    "Only the member who saved “{name}”, or a group admin, can delete it: saved estimates "
    "belong to the whole team. Ask them to send <code>/landed delete {name}</code>."
)
CHANGED_SINCE = "⚠️ The data changed since this was saved: the total was then {total} {currency}."

ASK_ORIGIN = (
    "🌍 Where are these goods made? The US duty on HS {code} depends on it (goods of China "
    "pay Section 301 duties). I'll remember it for this chat; "
    "<code>/landed origin XX</code> changes it."
)
OTHER_ORIGIN = "Send the line again with the country, e.g. from TH (Thailand) or from MX."
ORIGIN_SAVED = "✓ Goods made in {code}: remembered for this chat (/landed origin to change)."
HS_PICKED = "✓ hs {code}"
OR_TYPE_A_CODE = "Or type a longer code, or <code>skip</code>."
DUTY_HEAD = "🔎 <b>HS {code}</b> · US import duty\n{label}"
DUTY_MFN = "MFN (General): <b>{rate}</b>"
DUTY_PER_UNIT = {
    "weight": " (per {unit}: an estimate needs the net weight, e.g. <code>wt 500kg</code>)",
    "quantity": " (per {unit}: charged on the quantity)",
    "typed": " (per {unit}: in an estimate, type the duty as an amount, e.g. "
    "<code>duty 250 usd</code>)",
}
DUTY_CHINA = "Made in China, also:"
DUTY_IF_CHINA = (
    "Where are the goods made? <code>/landed origin CN</code> remembers it. If made in "
    "China, also:"
)
DUTY_NOT_CHINA = "Made in {origin}: the Section 301 China duties do not apply."
DUTY_S301 = "➕ {label}: <b>{rate}</b> ({heading}; lists of {day}, exclusions not shown: verify)"
DUTY_FORCED_LABOUR = (
    "➕ Forced labour: <b>{rate}</b> ({heading}, from {day}): applies unless the goods are "
    "excluded under 9903.05.85-9903.05.92; confirm with your broker."
)
DUTY_TOTAL = "= <b>{percent}%</b> of the customs value ({parts})"
DUTY_EDITION = "ⓘ HTS {edition}, effective {effective}. Verify with your customs broker."
DUTY_STALE = "⚠️ HTS {edition} is {days} days old: later revisions exist, check the current one."
DUTY_EXAMPLE = "Add a quantity and price for an estimate, e.g.\n<code>/landed {line}</code>"
RATES_OFFLINE = (
    "ⓘ Live exchange rates are off here (offline): only this chat's /fx rates are used."
)
RATES_UNREACHABLE = (
    "ⓘ The ECB's reference rates could not be fetched just now: this chat's /fx rates are used."
)

FX_SAVED = "Saved: 1 USD = {rate} {code} (1 {code} = {inverse} USD)."
FX_NONE = "No exchange rates in this chat yet."
FX_REFERENCE = "Reference: {source} rates of {day} ({count} currencies), used where you set none."
FX_FORM_HELP = (
    "Set one with <code>/fx CNY 7.12</code> or <code>/fx usd/cny 7.12</code>, meaning "
    "1 USD = 7.12 CNY. "
    "Amounts in other currencies are converted with these rates."
)
CURRENCY_SET = "Estimates in this chat are now shown in {code}."
CURRENCY_NEEDS_RATE = (
    "To mix it with other currencies (or for US fees), set its rate too:"
    " <code>/fx {code} RATE</code> (how many {code} 1 USD buys)."
)
CURRENCY_NOW = "Estimates in this chat are shown in {code}."
CURRENCY_FORM_HELP = "Change it with <code>/currency EUR</code> (any 3-letter ISO code)."


def input_error(
    error: LandedInputError,
    typed: str | None = None,
    offered: str | None = None,
    note: str | None = None,
) -> str:
    """What was wrong, the word pointed at in the line, the line read from the text's clear
    parts when there is one (to check and send) with its note (a range used at its lower
    figure; bulk cargo, with no line), and the syntax with an example."""
    lines = [f"⚠️ {esc(error.message)}"]
    marked = _marked(error, typed)
    if marked:
        lines.append(marked)
    if offered:
        lines += [
            "",
            "From your text I can read this line: check it, add what is missing, and send it"
            " (tap to copy):",
            f"<code>/landed {esc(offered)}</code>",
        ]
    if note:
        lines += ["", esc(note)] if not offered else [esc(note)]
    return "\n".join(lines) + "\n\n" + SYNTAX_HELP


def _marked(error: LandedInputError, typed: str | None) -> str | None:
    """The typed line with the word at fault underlined, when it can be found."""
    if typed is None or error.word is None or error.position is None:
        return None
    normal = normalise(typed)
    start, end = error.position, error.position + len(error.word)
    if normal[start:end] != error.word or len(normal) > 600:
        return None
    before, after = esc(normal[:start]), esc(normal[end:])
    return "".join(
        (
            f"<code>{before}</code>" if before.strip() else before,
            f"<u><b>{esc(error.word)}</b></u>",
            f"<code>{after}</code>" if after.strip() else after,
        )
    )


def shown_as_typed(shown: str, chat: str, missing: Iterable[str]) -> str:
    """The note under an estimate shown in the typed currency for want of rates."""
    commands = ", ".join(f"<code>/fx {esc(code)} RATE</code>" for code in missing)
    return (
        f"ⓘ Shown in {esc(shown)}, the currency you typed. For {esc(chat)}, this chat's "
        f"currency, set {commands}."
    )


def missing_rate(error: MissingRateError) -> str:
    """Which currencies lack a rate, and the /fx command to type for each."""
    commands = "\n".join(f"<code>/fx {esc(code)} RATE</code>" for code in error.currencies)
    return (
        f"⚠️ No exchange rate for {esc(', '.join(error.currencies))} in this chat. "
        f"Set it first (RATE = how many units 1 USD buys, e.g. /fx CNY 7.12):\n{commands}"
    )


def origin_now(code: str | None) -> str:
    """What `/landed origin` alone says."""
    if code is None:
        return (
            "No origin set for this chat yet. Set it with <code>/landed origin CN</code> "
            "(where the goods are made: US duties depend on it)."
        )
    return (
        f"Goods of this chat are made in {esc(code)}. Change with <code>/landed origin VN</code>."
    )


def hs_choice(question: HsChoiceError, shown: int) -> str:
    """The question over the tariff lines a short code or words fit."""
    head = f"<b>hs {esc(question.typed)}</b>: "
    if question.searched:
        head += "best matches in the US tariff schedule (word match, check the description):"
    else:
        head += f"{question.total} tariff lines. Which one?"
        if question.title:
            head += f"\n{esc(question.title[:120])}"
    if question.total > shown and not question.searched:
        head += f"\n(first {shown}; type more digits to narrow it)"
    return f"{head}\n<i>{esc(question.edition)}</i>"

"""The questions /landed asks before an estimate: where the goods are made, which tariff line.

Owns sending them: a US estimate with an `hs` code needs the origin (asked once per chat,
remembered) and one tariff line (a 4- or 6-digit code or words fit several). Each question
carries the line it is about, as the last line of its text, so a button press can estimate
it again from the message alone (`handlers/landed/picks.py`), with nothing kept in memory.
"""

from __future__ import annotations

from collections.abc import Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters

from handlers.landed import texts
from handlers.landed.buttons import BUTTONS, Action
from handlers.shared.services import Context
from knowledge.landed import CHOICES, CodeChoice, HsChoiceError, OriginNeededError, Step

LINE_MARK = "\n/landed "  # the question's last line: the estimate it is about
MAX_CHOICES = 30  # a heading rarely has more; a longer code narrows it
_LABEL = 40  # characters of a button a phone shows whole


def _origin_keyboard() -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(choice.label, callback_data=BUTTONS.data(Action.ORIGIN, choice.value))
        for choice in CHOICES[Step.ORIGIN]  # the guided estimate's origin buttons
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


def choice_label(choice: CodeChoice) -> str:
    """`8516.79.00 Other electro-thermal… 2.7%`, within a phone's button width."""
    rate = f" · {choice.rate_text}" if choice.rate_text and len(choice.rate_text) <= 8 else ""
    room = _LABEL - len(choice.display) - len(rate) - 1
    label = choice.label if len(choice.label) <= room else choice.label[: room - 1] + "…"
    return f"{choice.display} {label}{rate}"


def lines_keyboard(
    choices: list[CodeChoice], data: Callable[[CodeChoice], str]
) -> InlineKeyboardMarkup:
    """One button per tariff line offered, each pressing `data(line)`."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(choice_label(c), callback_data=data(c))]
            for c in choices[:MAX_CHOICES]
        ]
    )


def _hs_data(choice: CodeChoice) -> str:
    return BUTTONS.data(Action.HS, choice.code)


async def ask_first(
    context: Context,
    chat_id: int,
    question: OriginNeededError | HsChoiceError,
    line: str,
    *,
    reply_to: int | None = None,
) -> None:
    """Send the question with its buttons and the line it is about."""
    if isinstance(question, OriginNeededError):
        text, markup = texts.ASK_ORIGIN.format(code=texts.esc(question)), _origin_keyboard()
    else:
        text = texts.hs_choice(question, MAX_CHOICES)
        markup = lines_keyboard(question.choices, _hs_data)
    await context.bot.send_message(
        chat_id,
        f"{text}\n<code>/landed {texts.esc(line)}</code>",
        reply_markup=markup,
        reply_parameters=None
        if reply_to is None
        else ReplyParameters(reply_to, allow_sending_without_reply=True),
    )


def asked_line(text: str | None) -> str | None:
    """The line a question is about, from the question's own text; None if it has none."""
    if not text or LINE_MARK not in text:
        return None
    line = text.rsplit(LINE_MARK, 1)[1].strip()
    return line or None

"""The questions /landed asks before an estimate: where the goods are made, which tariff line.

Owns sending them: a US estimate with an `hs` code needs the origin (asked once per chat,
remembered) and one tariff line (a 4- or 6-digit code or words fit several). Each question
carries the line it is about, as the last line of its text, so a button press can estimate
it again from the message alone (`handlers/landed/picks.py`), with nothing kept in memory.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters

from handlers.landed import texts
from handlers.landed.buttons import BUTTONS, Action
from handlers.shared.services import Context
from knowledge.landed import CodeChoice, HsChoiceError, OriginNeededError

LINE_MARK = "\n/landed "  # the question's last line: the estimate it is about
MAX_CHOICES = 30  # a heading rarely has more; a longer code narrows it
_LABEL = 40  # characters of a button a phone shows whole
_ORIGINS = (("CN", "China"), ("VN", "Vietnam"), ("IN", "India"), ("other", "Other…"))


def _origin_keyboard() -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(label, callback_data=BUTTONS.data(Action.ORIGIN, code))
        for code, label in _ORIGINS
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


def choice_label(choice: CodeChoice) -> str:
    """`8516.79.00 Other electro-thermal… 2.7%`, within a phone's button width."""
    rate = f" · {choice.rate_text}" if choice.rate_text and len(choice.rate_text) <= 8 else ""
    room = _LABEL - len(choice.display) - len(rate) - 1
    label = choice.label if len(choice.label) <= room else choice.label[: room - 1] + "…"
    return f"{choice.display} {label}{rate}"


def _choice_keyboard(choices: list[CodeChoice]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(choice_label(c), callback_data=BUTTONS.data(Action.HS, c.code))]
            for c in choices[:MAX_CHOICES]
        ]
    )


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
        text, markup = texts.hs_choice(question, MAX_CHOICES), _choice_keyboard(question.choices)
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

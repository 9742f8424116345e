"""Answer a /landed line: the US duty card when the line only names a code, else an estimate.

Owns that one choice and sending the card: `/landed hs 8516.79` (or `hs water heater`, or a
dotted code alone) gets the tariff line's US duties for the chat's origin, dated and sourced,
with an example line for an estimate; a short code or words get the candidate lines as
buttons, the same question an estimate asks (`questions.ask_first`), and a pick comes back
through `picks.press` to this module again. Which line is a lookup, and what applies, is
decided in `knowledge.landed.duty_lookup`; anything else goes to `results.send_estimate`.
"""

from __future__ import annotations

from handlers.landed import texts
from handlers.landed.duty_views import render_duty_card
from handlers.landed.questions import ask_first
from handlers.landed.results import replying, send_estimate
from handlers.shared.services import Context, services
from knowledge.landed import HsChoiceError, LandedInputError, look_up_duty, read_duty_question


async def answer_line(
    context: Context, chat_id: int, user_id: int, line: str, *, reply_to: int | None = None
) -> None:
    """The duty card of a code named alone, or the estimate of `line`."""
    found = services(context)
    question = read_duty_question(found.landed.parser, line)
    if question is None:
        await send_estimate(context, chat_id, user_id, line, reply_to=reply_to)
        return
    origin = await found.chats.get_origin(chat_id)
    try:
        card = look_up_duty(question, chat_origin=origin, day=found.landed.day())
    except HsChoiceError as choice:
        await ask_first(context, chat_id, choice, question.line, reply_to=reply_to)
        return
    except LandedInputError as error:
        text = texts.input_error(error, line)
    else:
        text = render_duty_card(card)
    await context.bot.send_message(chat_id, text, reply_parameters=replying(reply_to))

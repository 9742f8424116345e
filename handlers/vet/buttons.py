"""The buttons of /vet: their payloads, their keyboards, and the check that a press is current.

Payloads are one typed family (`BUTTONS`, `vet:<action>:<audit>[:<question>[:<answer>]]`);
parsing only checks their shape. Whether a press may act is decided later against the
database and the person pressing; this module never trusts an id it reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.sampling import answers
from handlers.shared import callbacks
from knowledge.vet import AnyItem, AuditInProgress, ChoiceItem, Move, SupplierRef, answer_buttons

MAX_ID_DIGITS = 12
LABEL_CHARS = 40


class Action(StrEnum):
    """Every /vet button: a question's moves (`knowledge.vet.Move`'s values), then the rest."""

    ANSWER = "answer"  # answer the question (args: audit, question, answer token)
    REVISE = "revise"  # change an answer on the way back (same args)
    SKIP = "skip"  # leave the question unknown, or keep its answer (args: audit, question)
    BACK = "back"  # the question before (args: audit, question)
    PAUSE = "pause"  # stop for now; the question message shows a Continue button
    RESUME = "resume"  # show the audit's current question again
    REPORT = "report"  # a supplier's latest report (arg: supplier id)
    FULL = "full"  # every finding of a report (arg: assessment id)
    TAKE = "take"  # take over another member's audit (args: audit, vetter, asker)


BUTTONS = callbacks.Buttons("vet", Action)
MOVES = (Action.ANSWER, Action.REVISE, Action.SKIP, Action.BACK)
# Every move of the checklist has its action: a KeyError here means Move grew a value.
_MOVES = {action: Move(action.value) for action in MOVES}
assert {move.value for move in Move} == set(MOVES)  # noqa: S101 - a wiring check at import
_TAKES_ANSWER = (Move.ANSWER, Move.REVISE)


is_on_message = callbacks.is_on_message  # the vet modules reach it here


@dataclass(frozen=True, slots=True)
class MovePress:
    """A press on a question's button, as parsed (unchecked)."""

    move: Move
    assessment_id: int
    item_id: str
    token: str = ""


def _number(text: str) -> int | None:
    return callbacks.number(text, digits=MAX_ID_DIGITS)


def read_move(data: str | None) -> MovePress | None:
    """An answer/revise/skip/back payload, or None when it is malformed."""
    payload = BUTTONS.read(data, *MOVES)
    if payload is None:
        return None
    move = _MOVES[payload.action]
    wanted = 3 if move in _TAKES_ANSWER else 2
    audit = _number(payload.args[0]) if len(payload.args) == wanted else None
    if audit is None or not payload.args[1]:
        return None
    token = payload.args[2] if move in _TAKES_ANSWER else ""
    return MovePress(move, audit, payload.args[1], token)


def read_target(data: str | None, action: Action) -> int | None:
    """The one id carried by a pause/resume/report/full payload, or None."""
    payload = BUTTONS.read(data, action)
    if payload is None or len(payload.args) != 1:
        return None
    return _number(payload.args[0])


def _button(label: str, action: Action, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=BUTTONS.data(action, *args))


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A name cut to fit a button, on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# The widest audit id a payload must carry (`read_move` reads no longer ones).
_WIDEST_ID = 10**MAX_ID_DIGITS - 1
# A question's button with the audit id left out of its payload: (label, before, after).
_Slot = tuple[str, str, str]


def _slot(label: str, action: Action | Move, *args: object) -> _Slot:
    widest = str(_WIDEST_ID)
    data = BUTTONS.data(Action(action.value), widest, *args)  # checked with the widest id
    start = data.index(":" + widest) + 1  # the id follows the action
    return label, data[:start], data[start + len(widest) :]


@lru_cache(maxsize=512)
def _question_layout(
    item: AnyItem, *, revisit: bool, first: bool
) -> tuple[tuple[_Slot, ...], ...]:
    """Answer buttons (Yes/No/Not sure, choices, or Not sure for typed answers) and moves.

    Built and checked once per question: every audit shows the same buttons, only the id in
    their payloads differs, and building the payloads cost more than the rest of a tap's own
    work.
    """
    move = Move.REVISE if revisit else Move.ANSWER
    answers = [_slot(b.label, move, item.id, b.token) for b in answer_buttons(item)]
    # Choices have long labels: one per row; yes/no/not sure fit on one row.
    per_row = 1 if isinstance(item, ChoiceItem) else 3
    rows = [tuple(answers[i : i + per_row]) for i in range(0, len(answers), per_row)]
    moves = [] if first else [_slot("◀ Back", Move.BACK, item.id)]
    moves.append(_slot("Keep ▶" if revisit else "Skip ▶", Move.SKIP, item.id))
    moves.append(_slot("⏸ Pause", Action.PAUSE))
    return (*rows, tuple(moves))


@lru_cache(maxsize=2048)  # keyboards are immutable; a revisited question reuses its own
def question_keyboard(
    assessment_id: int, item: AnyItem, *, revisit: bool, first: bool
) -> InlineKeyboardMarkup:
    """The question's buttons for one audit (see `_question_layout`)."""
    if not 0 <= assessment_id <= _WIDEST_ID:
        raise ValueError(f"audit id out of range for a button: {assessment_id}")
    audit = str(assessment_id)
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label, callback_data=before + audit + after)
                for label, before, after in row
            ]
            for row in _question_layout(item, revisit=revisit, first=first)
        ]
    )


def paused_keyboard(assessment_id: int) -> InlineKeyboardMarkup:
    """The one button of a paused audit."""
    return InlineKeyboardMarkup([[_button("▶ Continue", Action.RESUME, assessment_id)]])


def resume_keyboard(audits: Sequence[AuditInProgress], total: int) -> InlineKeyboardMarkup:
    """One Continue button per audit in progress."""
    return InlineKeyboardMarkup(
        [
            [
                _button(
                    f"▶ {short_label(audit.supplier_name)} ({audit.answered}/{total})",
                    Action.RESUME,
                    audit.assessment_id,
                )
            ]
            for audit in audits
        ]
    )


def suppliers_keyboard(suppliers: Sequence[SupplierRef]) -> InlineKeyboardMarkup:
    """One report button per supplier ("did you mean", or /report alone)."""
    return InlineKeyboardMarkup(
        [
            [_button(short_label(supplier.name), Action.REPORT, supplier.supplier_id)]
            for supplier in suppliers
        ]
    )


def report_keyboard(
    assessment_id: int, *, full_report: bool, inspection_plan: bool
) -> InlineKeyboardMarkup | None:
    """The buttons under a report, if any.

    Full report when the message left items out; the /aql plan for the order's quantity when
    the order calls for an inspection (`knowledge.vet.scoring.inspection_due`).
    """
    rows = [[_button("📄 Full report", Action.FULL, assessment_id)]] if full_report else []
    if inspection_plan:
        rows.append([answers.ask_button()])
    return InlineKeyboardMarkup(rows) if rows else None

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
from knowledge.vet import (
    AnyItem,
    AuditInProgress,
    ChoiceItem,
    Completion,
    Move,
    SupplierRef,
    answer_buttons,
)

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
    # Issue 12: the verdict card, changing an answer after the end, supplier identity.
    PDF = "pdf"  # the report as a PDF document (arg: assessment id)
    CHANGE = "change"  # list the questions to change (args: audit, report version)
    PICK = "pick"  # show one question to change (args: audit, question, version)
    SET = "set"  # the new answer of a changed question (args: audit, question, token, version)
    SAME = "same"  # "Yes, that one": vet this existing supplier (args: supplier, asker)
    NEW = "new"  # "No, a new supplier": vet the name as typed (arg: asker)
    REOPEN = "reopen"  # continue a stopped audit where it stopped (args: audit, asker)
    FRESH = "fresh"  # start a stopped supplier's audit again (args: audit, asker)
    MERGE = "merge"  # two suppliers with one credit code are one (args: keep, merge)
    APART = "apart"  # keep them apart (args: keep, merge)


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


def resume_keyboard(
    audits: Sequence[tuple[AuditInProgress, Completion]],
) -> InlineKeyboardMarkup:
    """One Continue button per audit in progress, with how far it got."""
    return InlineKeyboardMarkup(
        [
            [
                _button(
                    f"▶ {short_label(audit.supplier_name)} ({done.answered}/{done.total})",
                    Action.RESUME,
                    audit.assessment_id,
                )
            ]
            for audit, done in audits
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


def read_ids(data: str | None, action: Action, count: int) -> tuple[int, ...] | None:
    """The `count` ids a payload of `action` carries, or None when it is malformed."""
    payload = BUTTONS.read(data, action)
    return None if payload is None else callbacks.numbers(payload.args, count)


@dataclass(frozen=True, slots=True)
class ChangePress:
    """A Pick or Set press of "Change an answer", as parsed (unchecked)."""

    assessment_id: int
    item_id: str
    token: str  # the new answer (Set only)
    version: int  # the report version the button was made on


def read_change(data: str | None, action: Action) -> ChangePress | None:
    """`vet:pick:<audit>:<question>:<version>`, `vet:set:<audit>:<question>:<answer>:<version>`."""
    payload = BUTTONS.read(data, action)
    wanted = 4 if action is Action.SET else 3
    if payload is None or len(payload.args) != wanted or not payload.args[1]:
        return None
    ids = callbacks.numbers((payload.args[0], payload.args[-1]), 2)
    token = payload.args[2] if action is Action.SET else ""
    return None if ids is None else ChangePress(ids[0], payload.args[1], token, ids[1])


def card_keyboard(
    assessment_id: int, version: int, *, finished: bool, inspection_plan: bool
) -> InlineKeyboardMarkup:
    """The buttons under a verdict card: full report, change an answer (once finished), the
    inspection plan (when the order calls for one, `knowledge.vet.inspection_due`), PDF."""
    first = [_button("📄 Full report", Action.FULL, assessment_id)]
    if finished:
        first.append(_button("✏️ Change an answer", Action.CHANGE, assessment_id, version))
    second = [answers.ask_button()] if inspection_plan else []
    second.append(_button("📑 PDF", Action.PDF, assessment_id))
    return InlineKeyboardMarkup([first, second])


def pick_keyboard(
    assessment_id: int, version: int, items: Sequence[tuple[int, AnyItem]]
) -> InlineKeyboardMarkup:
    """One button per question offered for a change (the unknown ones), two to a row."""
    found = [
        _button(
            short_label(f"{n}. {item.label}", 30), Action.PICK, assessment_id, item.id, version
        )
        for n, item in items
    ]
    return InlineKeyboardMarkup([found[i : i + 2] for i in range(0, len(found), 2)])


def set_keyboard(assessment_id: int, version: int, item: AnyItem) -> InlineKeyboardMarkup:
    """The answer buttons of a question being changed (typed questions: "Not sure" only)."""
    found = [
        _button(b.label, Action.SET, assessment_id, item.id, b.token, version)
        for b in answer_buttons(item)
    ]
    per_row = 1 if isinstance(item, ChoiceItem) else 3
    return InlineKeyboardMarkup([found[i : i + per_row] for i in range(0, len(found), per_row)])


def same_keyboard(candidates: Sequence[SupplierRef], asker: int) -> InlineKeyboardMarkup:
    """ "Yes, that one" (or one button per candidate) and "No, a new supplier"."""
    if len(candidates) == 1:
        rows = [[_button("Yes, that one", Action.SAME, candidates[0].supplier_id, asker)]]
    else:
        rows = [
            [_button(short_label(c.name), Action.SAME, c.supplier_id, asker)] for c in candidates
        ]
    rows.append([_button("No, a new supplier", Action.NEW, asker)])
    if len(candidates) == 1:
        rows = [[rows[0][0], rows[1][0]]]
    return InlineKeyboardMarkup(rows)


def stopped_keyboard(assessment_id: int, asker: int) -> InlineKeyboardMarkup:
    """A stopped audit asked for again: continue it, or start again (for the asker)."""
    return InlineKeyboardMarkup(
        [
            [_button("▶ Continue where you stopped", Action.REOPEN, assessment_id, asker)],
            [_button("↺ Start again", Action.FRESH, assessment_id, asker)],
        ]
    )


def merge_keyboard(keep: SupplierRef, merge_id: int) -> InlineKeyboardMarkup:
    """Two suppliers with one credit code: file them as one, or keep them apart."""
    label = short_label(f"Merge into {keep.name}")
    return InlineKeyboardMarkup(
        [
            [_button(label, Action.MERGE, keep.supplier_id, merge_id)],
            [_button("Keep apart", Action.APART, keep.supplier_id, merge_id)],
        ]
    )

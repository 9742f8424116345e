"""What /incoterm shows for an answer: the card's HTML and the buttons under it.

Owns the buttons of the feature and their payloads (`incoterm:show:<key>` opens a rule or
another term by its stable key, `incoterm:list` shows all rules), built only through
`BUTTONS`. Turns each kind of answer from the knowledge layer into one `Reply`;
the text itself comes from `views`. It sends nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import assert_never

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.incoterms import views
from handlers.shared import callbacks
from knowledge.cost_split import CostLine
from knowledge.incoterms import (
    Answer,
    Comparison,
    Entry,
    IncotermsGuide,
    ManyComparison,
    Misconception,
    MisconceptionMatch,
    NoMatch,
    OtherTerm,
    OtherTermMatch,
    Rule,
    RuleMatch,
    Suggestions,
)


class Action(StrEnum):
    """Every /incoterm button (stable values: old messages keep their buttons)."""

    SHOW = "show"  # a rule or another term (arg: its stable key)
    LIST = "list"  # every rule, grouped by transport mode


BUTTONS = callbacks.Buttons("incoterm", Action)
# Replies are the same every time for the same answer: built once per guide, then reused (a
# button press costs no rendering). Bounded: a typed place is part of a card's key.
STATIC_REPLIES = 256
CODES_PER_ROW = 4  # three-letter codes: four buttons fit a phone's width
ALL_RULES_LABEL = "◀ All rules"


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send or to edit into: HTML text and its buttons."""

    html: str
    keyboard: InlineKeyboardMarkup | None = None


def _show(label: str, key: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=BUTTONS.data(Action.SHOW, key))


def _all_rules_row() -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(ALL_RULES_LABEL, callback_data=BUTTONS.data(Action.LIST))]


def _code_rows(rules: Iterable[Rule]) -> list[list[InlineKeyboardButton]]:
    buttons = [_show(rule.code, rule.key) for rule in rules]
    return [buttons[i : i + CODES_PER_ROW] for i in range(0, len(buttons), CODES_PER_ROW)]


@lru_cache(maxsize=STATIC_REPLIES)
def all_rules(guide: IncotermsGuide) -> Reply:
    """Every rule as a button, one block of rows per transport mode."""
    rows = [row for _, rules in guide.groups() for row in _code_rows(rules)]
    return Reply(views.all_rules_text(guide.book), InlineKeyboardMarkup(rows))


@lru_cache(maxsize=STATIC_REPLIES)
def rule_card(
    guide: IncotermsGuide, rule: Rule, place: str | None = None, costs: tuple[CostLine, ...] = ()
) -> Reply:
    """One rule's card (led by the answer when a cost was asked), with the way back."""
    return Reply(
        views.rule_card(guide.book, rule, place, costs), InlineKeyboardMarkup([_all_rules_row()])
    )


def other_term(term: OtherTerm, successor: Rule | None) -> Reply:
    """A retired, informal or US term, with a button to the rule to use instead."""
    rows = [[_show(successor.title, successor.key)]] if successor else []
    return Reply(
        views.other_term_card(term, successor), InlineKeyboardMarkup([*rows, _all_rules_row()])
    )


@lru_cache(maxsize=STATIC_REPLIES)
def comparison(guide: IncotermsGuide, found: Comparison | ManyComparison) -> Reply:
    """Two or more rules side by side, with a button to each one's card."""
    if isinstance(found, ManyComparison):
        rows = [*_code_rows(found.rules), _all_rules_row()]
        return Reply(views.many_card(guide.book, found), InlineKeyboardMarkup(rows))
    rows = [
        [_show(f"{rule.code} card", rule.key) for rule in (found.a, found.b)],
        _all_rules_row(),
    ]
    return Reply(views.comparison_card(guide.book, found), InlineKeyboardMarkup(rows))


@lru_cache(maxsize=STATIC_REPLIES)
def misconception(guide: IncotermsGuide, item: Misconception) -> Reply:
    """The correction of a common mistake, with buttons to the rules it is about."""
    rows = _code_rows(guide.rule(code) for code in item.rules)
    return Reply(views.misconception_card(item), InlineKeyboardMarkup([*rows, _all_rules_row()]))


def suggestions(typed: str, entries: Iterable[Entry]) -> Reply:
    """ "Did you mean" buttons, best guess first."""
    rows = [[_show(entry.title, entry.key)] for entry in entries]
    return Reply(views.suggestions_text(typed), InlineKeyboardMarkup([*rows, _all_rules_row()]))


@lru_cache(maxsize=STATIC_REPLIES)
def entry(guide: IncotermsGuide, found: Entry) -> Reply:
    """The reply for a rule or another term picked by its key (a button)."""
    if isinstance(found, Rule):
        return rule_card(guide, found)
    successor = guide.rule(found.successor) if found.successor else None
    return other_term(found, successor)


def reply_for(guide: IncotermsGuide, found: Answer, typed: str) -> Reply:
    """The reply to what the user typed, whatever the knowledge layer made of it."""
    if isinstance(found, RuleMatch):
        return rule_card(guide, found.rule, found.place, found.costs)
    if isinstance(found, Comparison | ManyComparison):
        return comparison(guide, found)
    if isinstance(found, OtherTermMatch):
        return other_term(found.term, found.successor)
    if isinstance(found, MisconceptionMatch):
        return misconception(guide, found.misconception)
    if isinstance(found, Suggestions):
        return suggestions(typed, found.entries)
    if isinstance(found, NoMatch):
        return Reply(views.no_match_text(typed), InlineKeyboardMarkup([_all_rules_row()]))
    assert_never(found)

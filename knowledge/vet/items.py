"""The questions of the supplier audit, one model per answer kind.

Owns the shape of one checklist item as written in `knowledge/data/checklist.yaml`: its id,
question, help texts, answer kind and the rule that turns an answer into pass, fail or block.
Thresholds (3+ years, 90%+ replies, ...) live in the data, never here. It must not read
answers or score anything: that is `answers.py` and `scoring.py`.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from knowledge.base import Frozen

# Ids travel in 64-byte callback data (`vet:<action>:<audit>:<item>:<option>`), so they are
# short ASCII; these bounds leave room for a ten-digit audit id.
ITEM_ID = r"^[a-z][a-z0-9_]{1,15}$"
OPTION_ID = r"^[a-z][a-z0-9_]{0,11}$"
TEXT_ID = r"^[a-z][a-z0-9_]{1,23}$"

# Stored answer values a choice option may not take (gaps and yes/no tokens).
RESERVED_TOKENS = frozenset({"unsure", "skipped", "yes", "no"})


class AnswerKind(StrEnum):
    """How a question is answered; the values are stored with the data, keep them stable."""

    YES_NO = "yes_no"
    NUMBER = "number"
    CHOICE = "choice"
    CREDIT_CODE = "credit_code"


class OnFail(StrEnum):
    """What a failed answer does: cost the item's weight, or force high risk outright."""

    FLAG = "flag"
    BLOCK = "block"


class YesNo(StrEnum):
    """A yes/no answer as stored."""

    YES = "yes"
    NO = "no"


class ItemBase(Frozen):
    """What every question has: id, phone-sized wording, help texts and a weight."""

    id: str = Field(pattern=ITEM_ID)
    label: str = Field(min_length=3, max_length=28)  # a short title for cards and buttons
    question: str = Field(min_length=5, max_length=140)
    why: str = Field(min_length=10, max_length=260)
    if_failed: str = Field(min_length=10, max_length=260)
    how_to_check: str = Field(min_length=10, max_length=260)
    weight: int = Field(ge=0, le=10)

    @property
    def can_block(self) -> bool:
        """True when some answer to this question forces high risk."""
        return False

    @property
    def has_rule(self) -> bool:
        """True when an answer can pass or fail; false for context-only questions."""
        return True

    def _check_weight(self) -> None:
        if self.has_rule and self.weight == 0:
            raise ValueError(f"{self.id}: a question that can fail needs a weight of 1 or more")
        if not self.has_rule and self.weight != 0:
            raise ValueError(f"{self.id}: a question without a pass rule must weigh 0")


class YesNoItem(ItemBase):
    """A yes / no / not sure question; `pass_if` says which answer is the good one."""

    kind: Literal[AnswerKind.YES_NO]
    pass_if: YesNo
    on_fail: OnFail = OnFail.FLAG

    @property
    def can_block(self) -> bool:
        return self.on_fail is OnFail.BLOCK

    @model_validator(mode="after")
    def _weight_fits_rule(self) -> YesNoItem:
        self._check_weight()
        return self


class Unit(Frozen):
    """How a number is typed and shown: the words users add and the decimals allowed."""

    show: str = Field(pattern=r"\{value\}")
    show_one: str | None = Field(default=None, pattern=r"\{value\}")  # "1 year", not "1 years"
    expect: str = Field(min_length=3, max_length=60)
    words: tuple[str, ...] = ()
    decimals: int = Field(ge=0, le=4)


class NumberItem(ItemBase):
    """A number with a unit and a valid range; an optional threshold makes it pass or fail."""

    kind: Literal[AnswerKind.NUMBER]
    unit: Unit
    min: Decimal
    max: Decimal
    example: Decimal
    pass_at_least: Decimal | None = None
    pass_at_most: Decimal | None = None
    on_fail: OnFail = OnFail.FLAG

    @property
    def can_block(self) -> bool:
        return self.has_rule and self.on_fail is OnFail.BLOCK

    @property
    def has_rule(self) -> bool:
        return self.pass_at_least is not None or self.pass_at_most is not None

    @model_validator(mode="after")
    def _range_is_sane(self) -> NumberItem:
        if self.min >= self.max:
            raise ValueError(f"{self.id}: min must be below max")
        if self.pass_at_least is not None and self.pass_at_most is not None:
            raise ValueError(f"{self.id}: give pass_at_least or pass_at_most, not both")
        for name in ("example", "pass_at_least", "pass_at_most"):
            value = getattr(self, name)
            if value is not None and not self.min <= value <= self.max:
                raise ValueError(f"{self.id}: {name} {value} is outside {self.min}..{self.max}")
        self._check_weight()
        return self


class ChoiceOption(Frozen):
    """One button of a choice question and what picking it is worth."""

    id: str = Field(pattern=OPTION_ID)
    label: str = Field(min_length=1, max_length=32)
    # Share of the item's weight earned by this answer, in percent of that weight.
    credit: int = Field(ge=0, le=100)
    blocks: bool = False
    advice: str | None = Field(default=None, max_length=260)

    @model_validator(mode="after")
    def _block_earns_nothing(self) -> ChoiceOption:
        if self.id in RESERVED_TOKENS:
            raise ValueError(f"option id {self.id!r} is reserved for gaps and yes/no")
        if self.blocks and self.credit:
            raise ValueError(f"option {self.id}: a blocking answer cannot earn credit")
        return self


class ChoiceItem(ItemBase):
    """A question answered by picking one option (a badge, a business type, a payment way)."""

    kind: Literal[AnswerKind.CHOICE]
    options: tuple[ChoiceOption, ...] = Field(min_length=2, max_length=8)

    @property
    def can_block(self) -> bool:
        return any(option.blocks for option in self.options)

    def option(self, option_id: str) -> ChoiceOption | None:
        """The option with this id, or None."""
        return next((option for option in self.options if option.id == option_id), None)

    @model_validator(mode="after")
    def _options_are_distinct(self) -> ChoiceItem:
        ids = [option.id for option in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.id}: option ids repeat")
        if not any(option.credit == 100 for option in self.options):
            raise ValueError(f"{self.id}: some option must earn full credit")
        self._check_weight()
        return self


class CreditCodeItem(ItemBase):
    """China's unified social credit code, checked with python-stdnum.

    A failed check character is a flag, never a block: some genuine codes fail it.
    """

    kind: Literal[AnswerKind.CREDIT_CODE]

    @model_validator(mode="after")
    def _weight_fits_rule(self) -> CreditCodeItem:
        self._check_weight()
        return self


Item = Annotated[YesNoItem | NumberItem | ChoiceItem | CreditCodeItem, Field(discriminator="kind")]
AnyItem = YesNoItem | NumberItem | ChoiceItem | CreditCodeItem

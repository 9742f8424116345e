"""The ISO 2859-1 sampling tables as validated data: code letters, lot ranges, master table.

Owns the shape of `knowledge/data/sampling.yaml` and every rule the tables must obey, checked
once at start-up: sample sizes grow with the letter, lot ranges run from 2 units upwards with
no gap, every plan rejects at one more than it accepts, and every arrow leads to a real plan
inside the table. Working out a plan for a lot lives in `sampling_plan.py`; this module only
holds and checks the tables.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator

from knowledge.base import Frozen


class InspectionLevel(StrEnum):
    """How much of a lot is sampled: general levels I-III, special levels S-1 to S-4."""

    S1 = "S-1"
    S2 = "S-2"
    S3 = "S-3"
    S4 = "S-4"
    I = "I"  # noqa: E741 - the standard's own name for general level I
    II = "II"
    III = "III"


class DefectClass(StrEnum):
    """How serious a defect is; each class gets its own accept / reject numbers."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"


class Arrow(StrEnum):
    """A master-table cell without a plan: use the first plan below (down) or above (up)."""

    DOWN = "down"
    UP = "up"


def _exact_decimal(value: Any) -> Any:
    # A YAML float would turn 0.10 into 0.1 and lose the label the standard prints.
    if isinstance(value, float):
        raise ValueError("write AQL values in quotes, e.g. '0.10', so they stay exact")
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation as exc:
            raise ValueError(f"{value!r} is not a number") from exc
    return value


ExactDecimal = Annotated[Decimal, BeforeValidator(_exact_decimal)]


class AcceptReject(Frozen):
    """A single-sampling plan: accept the lot with up to `accept` defects, reject at `reject`."""

    accept: int = Field(ge=0)
    reject: int

    @model_validator(mode="after")
    def _reject_is_one_more(self) -> AcceptReject:
        # Single sampling under normal inspection leaves no grey zone between the two numbers.
        if self.reject != self.accept + 1:
            raise ValueError(f"reject {self.reject} must be accept {self.accept} + 1")
        return self


def _read_cell(value: Any) -> Any:
    if isinstance(value, str) and "/" in value:
        accept, _, reject = value.partition("/")
        return {"accept": int(accept), "reject": int(reject)}
    return value


Cell = Annotated[Arrow | AcceptReject, BeforeValidator(_read_cell)]


class CodeLetter(Frozen):
    """A sample-size code letter and the number of units it stands for."""

    letter: str = Field(pattern=r"^[A-Z]$")
    sample_size: int = Field(gt=0)


class CodeLetterTable(Frozen):
    """Sample size per code letter, smallest first."""

    checked_against: tuple[str, ...]
    letters: tuple[CodeLetter, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _sizes_grow(self) -> CodeLetterTable:
        names = [entry.letter for entry in self.letters]
        if names != sorted(set(names)):
            raise ValueError("code letters must be unique and in alphabetical order")
        for smaller, larger in zip(self.letters, self.letters[1:], strict=False):
            if larger.sample_size <= smaller.sample_size:
                raise ValueError(f"sample size of {larger.letter} must exceed {smaller.letter}'s")
        return self


class LotRange(Frozen):
    """Lots from `first` to `last` units (None: and over), with a code letter per level."""

    first: int = Field(alias="from", ge=2)
    last: int | None = Field(alias="to")
    letters: tuple[str, ...]


class LotRangeTable(Frozen):
    """ISO 2859-1 Table 1: which code letter a lot size gets at each inspection level."""

    checked_against: tuple[str, ...]
    levels: tuple[InspectionLevel, ...]
    rows: tuple[LotRange, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ranges_cover_every_lot(self) -> LotRangeTable:
        if set(self.levels) != set(InspectionLevel) or len(self.levels) != len(InspectionLevel):
            raise ValueError("levels must name each inspection level once")
        if self.rows[0].first != 2:
            raise ValueError("the first lot range must start at 2 units")
        for row in self.rows:
            if len(row.letters) != len(self.levels):
                raise ValueError(f"range from {row.first} needs one letter per level")
            if row.last is not None and row.last < row.first:
                raise ValueError(f"range from {row.first} ends before it starts")
        for before, after in zip(self.rows, self.rows[1:], strict=False):
            if before.last is None or after.first != before.last + 1:
                raise ValueError(f"range from {after.first} does not follow on from the last")
        if self.rows[-1].last is not None:
            raise ValueError("the last lot range must be open-ended (to: null)")
        return self

    def check_letters(self, letters: list[str]) -> None:
        """Raise ValueError unless every letter is one of `letters` and grows the right way."""
        columns = [self.levels.index(level) for level in InspectionLevel]
        for row in self.rows:
            if not set(row.letters) <= set(letters):
                raise ValueError(f"range from {row.first} uses a code letter with no sample size")
            # S-1 samples least and III most, so a lot's letters never fall from S-1 to III.
            by_level = [letters.index(row.letters[column]) for column in columns]
            if by_level != sorted(by_level):
                raise ValueError(f"range from {row.first}: letters must grow from S-1 to III")
        for column, level in enumerate(self.levels):
            used = [letters.index(row.letters[column]) for row in self.rows]
            if used != sorted(used):
                raise ValueError(f"level {level}: a larger lot must never get a smaller letter")

    def letter_for(self, lot_size: int, level: InspectionLevel) -> str:
        """The code letter of a lot of `lot_size` units (at least 2) at `level`."""
        column = self.levels.index(level)
        for row in self.rows:
            if row.last is None or lot_size <= row.last:
                return row.letters[column]
        raise AssertionError("unreachable: the last range is open-ended")  # pragma: no cover


class MasterTable(Frozen):
    """Accept / reject numbers by code letter (row) and AQL (column), arrows included."""

    checked_against: tuple[str, ...]
    aqls: tuple[ExactDecimal, ...] = Field(min_length=1)
    rows: dict[str, tuple[Cell, ...]]

    @model_validator(mode="after")
    def _cells_make_sense(self) -> MasterTable:
        if any(aql <= 0 for aql in self.aqls) or list(self.aqls) != sorted(set(self.aqls)):
            raise ValueError("AQLs must be positive, unique and in increasing order")
        for letter, cells in self.rows.items():
            if len(cells) != len(self.aqls):
                raise ValueError(f"row {letter} needs one cell per AQL ({len(self.aqls)})")
        for aql in self.aqls:
            for letter in self.rows:
                try:
                    self.resolve(letter, aql)
                except LookupError as exc:  # pydantic reports ValueErrors, not LookupErrors
                    raise ValueError(str(exc)) from exc
        self._check_plans_never_loosen()
        return self

    def _check_plans_never_loosen(self) -> None:
        # A larger sample or a looser AQL never accepts fewer defects: a typo usually breaks this.
        letters = list(self.rows)
        for column, aql in enumerate(self.aqls):
            cells = [self.rows[letter][column] for letter in letters]
            accepts = [cell.accept for cell in cells if isinstance(cell, AcceptReject)]
            if accepts != sorted(accepts):
                raise ValueError(f"accept numbers must not fall down the AQL {aql} column")
        for letter in letters:
            accepts = [cell.accept for cell in self.rows[letter] if isinstance(cell, AcceptReject)]
            if accepts != sorted(accepts):
                raise ValueError(f"accept numbers must not fall along row {letter}")

    def resolve(self, letter: str, aql: Decimal) -> tuple[str, AcceptReject, Arrow | None]:
        """The row that holds the plan for `letter` at `aql`, its plan, and the arrow followed.

        Raises LookupError for an unknown letter or AQL, or an arrow that runs off the table.
        """
        if letter not in self.rows or aql not in self.aqls:
            raise LookupError(f"no cell for code letter {letter} at AQL {aql}")
        column = self.aqls.index(aql)
        letters = list(self.rows)
        index = letters.index(letter)
        start = self.rows[letter][column]
        if isinstance(start, AcceptReject):
            return letter, start, None
        step = 1 if start is Arrow.DOWN else -1
        index += step
        while 0 <= index < len(letters):
            cell = self.rows[letters[index]][column]
            if isinstance(cell, AcceptReject):
                return letters[index], cell, start
            if cell is not start:
                raise LookupError(f"arrows meet head-on under {letter} at AQL {aql}")
            index += step
        raise LookupError(f"the {start} arrow under {letter} at AQL {aql} runs off the table")


class SamplingDefaults(Frozen):
    """What a plan uses when the user names nothing: a level and an AQL per defect class."""

    level: InspectionLevel
    aql: dict[DefectClass, ExactDecimal]


class Source(Frozen):
    """A published copy the tables were checked against."""

    id: str
    title: str
    where: str
    checked: str


class SamplingTables(Frozen):
    """Everything `sampling.yaml` holds, checked as a whole."""

    standard: str
    sources: tuple[Source, ...] = Field(min_length=2)
    code_letters: CodeLetterTable
    lot_ranges: LotRangeTable
    normal_single: MasterTable
    defaults: SamplingDefaults

    @model_validator(mode="after")
    def _tables_agree(self) -> SamplingTables:
        source_ids = {source.id for source in self.sources}
        for name in ("code_letters", "lot_ranges", "normal_single"):
            table: CodeLetterTable | LotRangeTable | MasterTable = getattr(self, name)
            unknown = set(table.checked_against) - source_ids
            if unknown or len(table.checked_against) < 2:
                raise ValueError(f"{name} must name at least two listed sources")
        letters = [entry.letter for entry in self.code_letters.letters]
        if list(self.normal_single.rows) != letters:
            raise ValueError("master table rows must be the code letters, in order")
        self.lot_ranges.check_letters(letters)
        if set(self.defaults.aql) != set(DefectClass):
            raise ValueError("defaults must give an AQL for every defect class")
        for aql in self.defaults.aql.values():
            if aql != 0 and aql not in self.normal_single.aqls:
                raise ValueError(f"default AQL {aql} is not a column of the master table")
        return self

    def sample_size(self, letter: str) -> int:
        """The number of units code letter `letter` stands for."""
        for entry in self.code_letters.letters:
            if entry.letter == letter:
                return entry.sample_size
        raise LookupError(f"unknown code letter {letter}")

"""The base of every knowledge model: frozen, strict, and read from YAML.

Owns the pydantic configuration all data models share, and `Tables`, the shape a feature
asks for when it needs several loaded files (the loader's `KnowledgeBase` has it). Holds no
data itself.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """An immutable model that refuses unknown fields, so a typo in a data file is an error."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


M = TypeVar("M", bound=Frozen)


class Tables(Protocol):
    """Validated data files, looked up by model class.

    Features take this rather than the loader's `KnowledgeBase`, so that no feature imports
    the catalog (which imports every feature) and the features stay independent.
    """

    def get(self, model: type[M]) -> M:
        """The loaded instance of `model`."""
        ...

"""The base of every knowledge model: frozen, strict, and read from YAML.

Owns the pydantic configuration all data models share; holds no data itself.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """An immutable model that refuses unknown fields, so a typo in a data file is an error."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

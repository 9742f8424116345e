"""Loads and validates every knowledge data file at start-up.

Each YAML file in the data folder must be named in the catalog with the model that validates
it; a broken or unknown file stops start-up with one line naming the file and the field. This
module reads files and nothing else: no network, no database, no Telegram.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import ValidationError

from knowledge.base import Frozen
from knowledge.catalog import DATA_FILES

M = TypeVar("M", bound=Frozen)
# libyaml's safe loader parses the data about ten times faster than the pure-Python one and
# builds only plain types, exactly like yaml.safe_load; fall back where libyaml is missing.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KnowledgeError(Exception):
    """A data file is missing, unreadable or invalid; the message is one line for an operator."""


def data_folder() -> Traversable:
    """The packaged data folder, found the same way whether installed or run from a checkout."""
    return files("knowledge") / "data"


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"field {where}: {first['msg']}{more}"


def load_file(source: Traversable | Path, model: type[M]) -> M:
    """Parse one YAML file into its model, or raise KnowledgeError naming file and field."""
    name = source.name
    try:
        raw = yaml.load(source.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{name}: cannot be read ({exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise KnowledgeError(f"{name}: is not valid YAML{at}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeError(f"{name}: {_describe(exc)}") from exc


class KnowledgeBase:
    """Every validated data file, looked up by its model class."""

    def __init__(self, models: Mapping[type[Frozen], Frozen]) -> None:
        self._models = dict(models)

    def get(self, model: type[M]) -> M:
        """The loaded instance of `model`; a KeyError means the catalog does not name it."""
        found = self._models[model]
        assert isinstance(found, model)  # noqa: S101 - the mapping is built keyed by type
        return found


def load_knowledge(
    folder: Traversable | Path | None = None,
    catalog: Mapping[str, type[Frozen]] | None = None,
) -> KnowledgeBase:
    """Validate every file of the catalog; refuse YAML files the catalog does not know."""
    folder = folder if folder is not None else data_folder()
    catalog = catalog if catalog is not None else DATA_FILES
    present = {entry.name for entry in folder.iterdir() if entry.name.endswith(".yaml")}
    unknown = sorted(present - catalog.keys())
    if unknown:
        raise KnowledgeError(f"{unknown[0]}: no model in the catalog validates this file")
    loaded: dict[type[Frozen], Frozen] = {}
    for name, model in catalog.items():
        if name not in present:
            raise KnowledgeError(f"{name}: missing from {folder}")
        loaded[model] = load_file(folder / name, model)
    return KnowledgeBase(loaded)


@cache
def packaged_knowledge() -> KnowledgeBase:
    """The shipped knowledge, validated once per process (the models are frozen, so sharing is
    safe); a broken file raises KnowledgeError at the first call."""
    return load_knowledge()

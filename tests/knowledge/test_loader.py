"""The knowledge loader: valid folders load, broken ones stop start-up with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import Frozen
from knowledge.catalog import DATA_FILES
from knowledge.loader import KnowledgeError, load_knowledge

FIXTURES = Path(__file__).parent / "fixtures"


class Item(Frozen):
    code: str
    weight: int


class Widgets(Frozen):
    title: str
    items: tuple[Item, ...]


CATALOG: dict[str, type[Frozen]] = {"widgets.yaml": Widgets}


def test_valid_folder_loads_into_frozen_models() -> None:
    """A valid file is validated and returned by its model class."""
    kb = load_knowledge(FIXTURES / "valid", CATALOG)
    widgets = kb.get(Widgets)
    assert widgets.items[0].weight == 1
    with pytest.raises(ValueError, match="frozen"):
        widgets.title = "changed"  # type: ignore[misc]


def test_invalid_field_names_file_and_field() -> None:
    """A wrong type reports the file and the dotted path of the field, on one line."""
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(FIXTURES / "invalid_field", CATALOG)
    message = str(caught.value)
    assert message.startswith("widgets.yaml: field items.0.weight")
    assert "\n" not in message


def test_broken_yaml_names_file_and_line() -> None:
    """Unparseable YAML reports the file and where parsing failed."""
    with pytest.raises(KnowledgeError, match=r"^widgets\.yaml: is not valid YAML at line \d+"):
        load_knowledge(FIXTURES / "invalid_yaml", CATALOG)


def test_unknown_file_is_refused() -> None:
    """A YAML file no model validates is an error rather than silently ignored."""
    with pytest.raises(KnowledgeError, match=r"^gadgets\.yaml: no model"):
        load_knowledge(FIXTURES / "unknown_file", CATALOG)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    """A catalogued file that is absent stops start-up."""
    with pytest.raises(KnowledgeError, match=r"^widgets\.yaml: missing"):
        load_knowledge(tmp_path, CATALOG)


def test_extra_field_is_refused(tmp_path: Path) -> None:
    """A typo'd field name is caught because models forbid extras."""
    (tmp_path / "widgets.yaml").write_text("title: W\nitems: []\ncolour: red\n")
    with pytest.raises(KnowledgeError, match=r"^widgets\.yaml: field colour"):
        load_knowledge(tmp_path, CATALOG)


def test_shipped_knowledge_loads() -> None:
    """Every data file shipped with the package validates against its catalogued model."""
    kb = load_knowledge()
    for model in DATA_FILES.values():
        assert kb.get(model) is not None

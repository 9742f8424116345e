"""The project's translations of real scam-check items: faithful to their source, never leaked.

A translation (tests/data/scam_translated.jsonl) is training-only data: it must sit in its
source item's fold, so a model never trains on a translation of the item it is judged on, and
it must never be scored (issue 15, round 20).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from scripts.build_scam_model import judged_rows, outer_folds, training_rows
from scripts.scam_data import (
    DATA,
    FOLDS,
    TRANSLATED,
    WRITTEN_TRAIN,
    real_items,
    translated_items,
    written_items,
)

pytest.importorskip("sklearn")


def _rows() -> list[dict[str, str]]:
    lines = (DATA / TRANSLATED).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_translation_keeps_its_source_label_and_category() -> None:
    """Each row names a real development item and carries its label and category unchanged."""
    real = {item.id: item for item in real_items()}
    rows = _rows()
    assert [row["id"] for row in rows] == [f"tx{n:03d}" for n in range(1, len(rows) + 1)]
    for row in rows:
        source = real[row["of"]]
        assert (row["label"] == "scam") == source.scam, row["id"]
        assert row["category"] == source.category, row["id"]
        assert row["written"].startswith("translation by the project"), row["id"]
        assert len(row["text"]) <= 700, row["id"]


def test_no_translation_trains_the_model_that_judges_its_source() -> None:
    """In every outer fold, the rows that train the fold's model hold no translation of an
    item in that fold, and the rows it scores are real items only."""
    real = real_items()
    written = [item for name in WRITTEN_TRAIN for item in written_items(name)]
    translated = translated_items(real)
    assert len(translated) == len(_rows())
    extra = written + translated
    outer = outer_folds(real, extra)
    fold_of = dict(zip([item.id for item in real], outer[: len(real)], strict=True))
    for fold in range(FOLDS):
        train = training_rows(outer, fold)
        for row in np.flatnonzero(train[len(real) :]):
            item = extra[row]
            assert not item.of or fold_of[item.of] != fold, (fold, item.id, item.of)
        scored = judged_rows(outer, fold, len(real))
        assert scored.max() < len(real)
        assert all(fold_of[real[k].id] == fold for k in scored)
    # and every translation does train the models of the other folds
    for at, item in enumerate(translated, start=len(real) + len(written)):
        trained = [bool(training_rows(outer, fold)[at]) for fold in range(FOLDS)]
        assert trained.count(True) == FOLDS - 1, item.id


def test_only_translations_of_the_training_items_are_read() -> None:
    """The time split trains on early items: translations of the other items are left out."""
    real = real_items()
    early = [item for item in real if not item.id.startswith(("m", "r"))]
    kept = translated_items(early)
    ids = {item.id for item in early}
    assert kept
    assert all(item.of in ids for item in kept)
    assert len(kept) < len(translated_items(real))

"""Quality of the scam check on real, published messages nobody on this project wrote.

The data and its provenance: tests/data/scam_real/README.md. Figures are by source: every
item of one source host sits in one fold. The rules are hand-written (they were NOT trained
on this data, but their authors read the older files and half of the newest while writing
them: `Item.inspected`); the learned part is trained per fold on the other folds only. The
floors sit just under the figures measured when the work was frozen (bench/README.md), so a
change that loses ground on real messages fails here. Before issue 15 the rules scored
precision 0.39, recall 0.15 and raised 19% of the hard legitimate messages.
"""

from __future__ import annotations

from functools import cache

import pytest

from bench.scam_quality import Figures, figures, rules_verdicts, shipped_verdicts
from scripts.scam_data import FRESH_FILES, REAL_FILES, folds, real_items


@cache
def _rules() -> Figures:
    items = real_items()
    return figures(items, rules_verdicts(items))


def test_real_data_is_labelled_sourced_and_unique() -> None:
    """455+ items, both labels, every item with a source, ids and texts unique."""
    items = real_items()
    assert len(items) >= 455
    assert {item.scam for item in items} == {True, False}
    assert all(item.source and item.group for item in items)
    assert len({item.id for item in items}) == len(items)
    assert len({item.text for item in items}) == len(items)
    assert len(REAL_FILES) == 3


def test_folds_never_split_a_source() -> None:
    """Every source group lands in exactly one fold."""
    items = real_items()
    placed: dict[str, set[int]] = {}
    for item, fold in zip(items, folds(items), strict=True):
        placed.setdefault(item.group, set()).add(fold)
    assert all(len(found) == 1 for found in placed.values())


def test_rules_alone_keep_their_floor_on_real_messages() -> None:
    """The rules: precision, recall and false alarms on hard legitimate messages."""
    found = _rules()
    assert found.precision >= 0.85, found
    assert found.recall >= 0.55, found
    assert found.hard_fp_rate <= 0.09, found


@pytest.mark.slow
def test_rules_and_learned_part_keep_their_floor_by_source_folds() -> None:
    """The shipped combination, trained per fold on the other sources: its floor, and the
    learned part alone stays worse than the combination (why it only raises, never decides)."""
    from scripts.build_scam_model import cross_validate

    held = cross_validate("words")
    combined = figures(held.items, held.combined)
    learned = figures(held.items, held.learned)
    assert combined.precision >= 0.80, combined
    assert combined.recall >= 0.62, combined
    assert combined.hard_fp_rate <= 0.12, combined
    assert combined.f1 > learned.f1


def test_the_fresh_batch_keeps_the_figures_it_was_measured_at_once() -> None:
    """The 56 real items collected after the freeze (never trained or tuned on), measured once:
    precision 0.25, recall 0.23 (3 of 13 scams), 9 of 43 hard legit raised. Far from the
    issue's targets (bench/README.md says why); the floor only stops it getting worse."""
    fresh = real_items(FRESH_FILES)
    assert len(fresh) == 56
    assert not {item.text for item in fresh} & {item.text for item in real_items()}
    found = figures(fresh, shipped_verdicts(fresh))
    assert found.precision >= 0.2, found
    assert found.recall >= 0.2, found
    assert found.hard_fp_rate <= 0.22, found

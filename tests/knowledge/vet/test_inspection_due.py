"""When a report's order calls for an inspection, so the report can offer the /aql plan."""

from __future__ import annotations

import pytest

from knowledge.vet.checklist import Checklist
from knowledge.vet.scoring import INSPECTION_CHECK, inspection_due, score_audit


def test_the_checklist_holds_the_inspection_check(checklist: Checklist) -> None:
    """The rule reads the threshold of the `inspection` order check: renaming it fails here."""
    assert INSPECTION_CHECK in {check.id for check in checklist.order_checks}


@pytest.mark.parametrize(
    ("order_usd", "due"),
    [("4999.99", False), ("5000", True), ("8000", True), ("250000", True)],
)
def test_a_known_order_value_from_5000_usd_calls_for_inspection(
    checklist: Checklist, clean: dict[str, str], order_usd: str, due: bool
) -> None:
    """From 5,000 USD (the data's threshold) the order needs an inspection; below, it does not."""
    report = score_audit(checklist, {**clean, "order_usd": order_usd})
    assert inspection_due(checklist, report) is due


def test_an_unknown_order_value_does_not_call_for_it(
    checklist: Checklist, clean: dict[str, str]
) -> None:
    """ "Not sure" lists every check by size, but says nothing about this order."""
    answers = {key: value for key, value in clean.items() if key != "order_usd"}
    report = score_audit(checklist, answers)
    assert report.order_value_usd is None
    assert not inspection_due(checklist, report)

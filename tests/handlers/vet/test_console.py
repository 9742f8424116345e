"""A whole audit typed into the offline console from a piped script, as a newcomer would."""

from __future__ import annotations

from pathlib import Path

from knowledge.loader import load_knowledge
from knowledge.vet.checklist import Checklist
from knowledge.vet.items import ChoiceItem, YesNoItem
from tests.scripted_console import run_console

from .support import passing_reply


def script_lines(checklist: Checklist, overrides: dict[str, str]) -> list[str]:
    """One console line per question: `#N` presses the Nth button, other lines are replies."""
    lines = []
    for item in checklist.items:
        wanted = overrides.get(item.id, passing_reply(item))
        if isinstance(item, YesNoItem):
            lines.append("#1" if wanted == "Yes" else "#2")
        elif isinstance(item, ChoiceItem):
            labels = [option.label for option in item.options]
            lines.append(f"#{labels.index(wanted) + 1}")
        else:
            lines.append(wanted)
    return lines


def test_a_piped_script_runs_a_whole_audit(tmp_path: Path) -> None:
    """/vet, 33 answers, /suppliers and /report: the console prints the report and exits 0."""
    checklist = load_knowledge().get(Checklist)
    answers = script_lines(checklist, {"order_usd": "12,000", "pay_method": "Trade Assurance"})
    script = "\n".join(["/vet Acme & Sons", *answers, "/suppliers", "/report acme & sons"]) + "\n"
    done = run_console(tmp_path, script, "--db", str(tmp_path / "audit.sqlite3"))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Question 1 of 33" in out
    assert "Question 33 of 33" in out
    assert "all 33 questions answered" in out
    assert out.count("Supplier audit: Acme & Sons") == 2  # at the end, and from /report
    assert "Low risk · 100/100" in out
    assert "order 12,000 USD" in out
    assert "Suppliers (1)" in out
    assert "Traceback" not in done.stderr

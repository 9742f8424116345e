"""/aql from a piped script through the offline console, as a separate process."""

from __future__ import annotations

from pathlib import Path

from tests.scripted_console import run_console


def test_piped_script_gets_plans_and_button_edits(tmp_path: Path) -> None:
    """A plan, a level button, a bad lot size and the overview all print, and the exit is clean."""
    script = "/aql 5000\n#3\n/aql 5.5\n/aql\n#3\n"
    done = run_console(tmp_path, script, "--db", str(tmp_path / "aql.sqlite3"))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "> /aql 5000" in out
    assert "Check 200 units, picked at random." in out
    assert "Major (AQL 2.5): accept with up to 10 defects, reject with 11 or more." in out
    assert "bot (edited):" in out
    assert "Level III, normal inspection (ISO 2859-1), code letter M." in out
    assert 'not "5.5"' in out
    assert "Expected: /aql <lot size>" in out
    assert "Pre-shipment inspection (PSI)" in out
    assert "Also called: Final random inspection, FRI." in out
    assert "Traceback" not in done.stderr

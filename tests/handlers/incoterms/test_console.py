"""/incoterm from a piped script through the offline console, as a separate process."""

from __future__ import annotations

from pathlib import Path

from tests.scripted_console import run_console


def test_piped_script_looks_up_lists_and_presses(tmp_path: Path) -> None:
    """A script gets a card, the list, a pressed card and a comparison, then exits 0."""
    script = "/incoterm fob shanghai\n/incoterm\n#11\n/incoterm fob vs cif\n"
    done = run_console(tmp_path, script, "--db", str(tmp_path / "c.sqlite3"))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "> /incoterm fob shanghai" in out
    assert "FOB shanghai · Free On Board" in out
    assert "[9] FOB  [10] CFR  [11] CIF" in out
    assert "bot (edited):\n  CIF · Cost, Insurance and Freight" in out
    assert "FOB vs CIF" in out
    assert "Traceback" not in done.stderr

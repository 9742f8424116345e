"""/landed in the offline console, driven by a piped script as a developer would try it."""

from __future__ import annotations

from pathlib import Path

from tests.scripted_console import run_console

SCRIPT = """\
/fx CNY 7.12
/landed 1000 pcs @ 10 usd fob freight 2000 ins 150 duty 15% broker 300 other 500 cont 700
#1
Guide example
/landed
100
32 cny
#9
#1
#1
skip
skip
10%
skip
/landed list
"""


def test_piped_script_estimates_saves_and_guides(tmp_path: Path) -> None:
    """A script gets the breakdown, saves it, and walks the guided flow to its result."""
    done = run_console(tmp_path, SCRIPT)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Landed cost USD        15,150.00" in out
    assert "Saved as “Guide example”" in out
    assert "1,000 pcs · FOB" in out
    assert "100 pcs · FOB · to United States · sea" in out
    assert "Next time, in one line: /landed qty 100 @ 32 cny fob to US sea duty 10%" in out
    assert "• Guide example: 15.15 USD/unit" in out

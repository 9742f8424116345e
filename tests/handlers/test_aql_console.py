"""/aql in the offline console driven by a piped script, as an operator would try it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_piped_script_gets_plans_and_button_edits(tmp_path: Path) -> None:
    """A plan, a level button, a bad lot size and the overview all print, and the exit is clean."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env["PYTHONPATH"] = str(ROOT)
    script = "/aql 5000\n#3\n/aql 5.000\n/aql\n#3\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "aql.sqlite3")],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Check 200 units, picked at random." in out
    assert "Major (AQL 2.5): accept with up to 10 defects, reject with 11 or more." in out
    assert "bot (edited):" in out
    assert "Level III, normal inspection (ISO 2859-1), code letter M." in out
    assert 'not "5.000"' in out
    assert "Expected: /aql <lot size>" in out
    assert "Pre-shipment inspection (PSI)" in out
    assert "Also called: Final random inspection, FRI." in out

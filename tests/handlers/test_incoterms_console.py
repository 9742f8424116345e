"""/incoterm from a piped script through the offline console, as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_piped_script_looks_up_lists_and_presses(tmp_path: Path) -> None:
    """A script gets a card, the list, a pressed card and a comparison, then exits 0."""
    script = "/incoterm fob shanghai\n/incoterm\n#11\n/incoterm fob vs cif\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "c.sqlite3")],
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
    assert "> /incoterm fob shanghai" in out
    assert "FOB shanghai · Free On Board" in out
    assert "[9] FOB  [10] CFR  [11] CIF" in out
    assert "bot (edited):\n  CIF · Cost, Insurance and Freight" in out
    assert "FOB vs CIF" in out
    assert "Traceback" not in done.stderr

"""The scam check from a piped console script, as a separate process: `/fwd TEXT` and more."""

from __future__ import annotations

from pathlib import Path

from tests.handlers.scam.support import BANK_SWAP
from tests.scripted_console import run_console


def test_piped_script_forwards_opens_the_full_report_and_repeats(tmp_path: Path) -> None:
    """A script forwards a scam, opens the full report, forwards it again, then exits 0."""
    script = f"/fwd {BANK_SWAP}\n#1\n/fwd {BANK_SWAP}\n/scam\n"
    done = run_console(tmp_path, script, "--db", str(tmp_path / "s.sqlite3"))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "🔴 High risk · score 100/100" in out
    assert "[1] Show all 7 findings" in out
    assert "Full report: 7 findings in 5 categories" in out
    assert "You already checked this message on" in out
    assert "In a group: reply to the message with /scam." in out
    assert "Traceback" not in done.stderr

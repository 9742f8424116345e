"""The scam check from a piped console script: `/fwd TEXT`, the button, a repeat."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.bot.test_cli import clean_env

SCAM = (
    "Dear buyer, our bank account has changed, please pay to our new account today. "
    "You can also pay via Western Union or USDT. Contact me on WhatsApp +86 138 0013 8000."
)


def test_piped_console_checks_a_forwarded_message(tmp_path: Path) -> None:
    """A script forwards a scam, opens the full report, forwards it again and quits cleanly."""
    script = f"/fwd {SCAM}\n#1\n/fwd {SCAM}\n/scam\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "s.sqlite3")],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "🔴 High risk · score 100/100" in out
    assert "[1] Show all 6 findings" in out
    assert "Full report: 6 findings in 4 categories" in out
    assert "You already checked this message on" in out
    assert "In a group: reply to the message with /scam." in out

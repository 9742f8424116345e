"""Run `python -m bot console` as a real subprocess with a piped script, as a newcomer would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment without a token, its database in `tmp_path`, importing this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["DATABASE_PATH"] = str(tmp_path / "console.sqlite3")
    env.update(extra)
    return env


def run_console(
    tmp_path: Path, script: str, *args: str, mode: str = "console"
) -> subprocess.CompletedProcess[str]:
    """Pipe `script` into the console (run from `tmp_path`, so no stray .env is read)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", mode, *args],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(tmp_path),
        timeout=120,
        check=False,
    )

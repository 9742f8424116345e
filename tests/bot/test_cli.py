"""The `sourcing-bot` command: modes, missing configuration, and the scripted console."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import HOW_TO_SET_UP, HOW_TO_SET_UP_WEBHOOK, main
from tests.scripted_console import clean_env, run_console


def test_polling_without_token_exits_2_with_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No token: exit status 2 and a line saying how to set it or start the console."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.strip() == HOW_TO_SET_UP
    assert "sourcing-bot console" in err


def test_webhook_refuses_to_start_without_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Webhook mode with a token but no secret stops with status 2."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.com/telegram")
    monkeypatch.delenv("WEBHOOK_SECRET", raising=False)
    assert main(["webhook"]) == 2
    assert capsys.readouterr().err.strip() == HOW_TO_SET_UP_WEBHOOK


def test_help_documents_every_mode(capsys: pytest.CaptureFixture[str]) -> None:
    """--help names polling, webhook and console."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for mode in ("polling", "webhook", "console", "start"):
        assert mode in out


def test_scripted_console_answers_start_and_help(tmp_path: Path) -> None:
    """A piped script gets every reply and the process exits 0 at end of input."""
    done = run_console(tmp_path, "/start\n/help\n/nope\n", "--db", str(tmp_path / "c.sqlite3"))
    assert done.returncode == 0, done.stderr
    assert "> /start" in done.stdout
    assert "Sourcing assistant" in done.stdout
    assert "/help: Commands and examples" in done.stdout
    assert "I don't know /nope" in done.stdout
    assert (tmp_path / "c.sqlite3").exists()


def test_start_mode_without_token_opens_the_console(tmp_path: Path) -> None:
    """`sourcing-bot start` falls back to the console when no token is configured."""
    done = run_console(tmp_path, "/help\n", mode="start")
    assert done.returncode == 0, done.stderr
    assert "Commands" in done.stdout


def test_console_piped_into_a_reader_that_stops_exits_quietly(tmp_path: Path) -> None:
    """`sourcing-bot console | head -1` ends without a traceback when the reader goes away."""
    console = subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "p.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=clean_env(tmp_path),
        text=True,
    )
    assert console.stdin is not None
    assert console.stdout is not None
    console.stdin.write("/help\n" * 200)
    console.stdin.close()
    first = console.stdout.readline()
    console.stdout.close()  # the reader goes away, as `head -1` does
    console.wait(timeout=120)
    assert console.stderr is not None
    errors = console.stderr.read()
    console.stderr.close()
    assert first == "> /help\n"
    assert "Traceback" not in errors
    assert "BrokenPipeError" not in errors

"""The fresh-set bench (bench/guide_fresh.py) reads any file in the evaluation format.

The lead runs it once on a fresh set after the freeze; here it runs on this project's own
(spent) file, and on malformed files, which must get a clear message, not a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.guide_fresh import main, report
from tests.knowledge.guide.evaluation import DATA, load


def test_it_reports_every_origin_and_the_off_topic_share() -> None:
    on, off = load(DATA)
    lines = report(DATA)
    assert lines[0].startswith(f"{DATA}: {len(on)} questions, {len(off)} off-topic")
    for origin in {q.origin for q in on}:
        assert any(line.strip().startswith(origin) and "top1" in line for line in lines)
    [total] = [line for line in lines if line.strip().startswith("all ")]
    assert f"n={sum(bool(q.cards) for q in on):>3}" in total
    assert "top3" in total
    assert "confident right" in total
    assert any(line.strip().startswith("off-topic confident") for line in lines)
    assert not any("warning" in line for line in lines)


def test_misses_name_the_question_and_its_labels(tmp_path: Path) -> None:
    path = tmp_path / "fresh.yaml"
    path.write_text(
        "questions:\n"
        "- {id: f1, text: is paypal safe for samples, site: a.example, origin: community,"
        " cards: [paypal-for-suppliers]}\n"
        "- {id: f2, text: is paypal safe for samples, site: b.example, origin: community,"
        " cards: [golden-sample, no-such-card]}\n"
        "offtopic:\n- {id: o1, text: will it rain in shenzhen tomorrow, site: c.example}\n",
        encoding="utf-8",
    )
    lines = report(path, misses=True)
    assert any("warning" in line and "no-such-card" in line for line in lines)
    misses = [line for line in lines if line.strip().startswith("miss")]
    assert len(misses) == 1
    assert "f2" in misses[0]
    assert "paypal-for-suppliers" in misses[0]
    [total] = [line for line in lines if line.strip().startswith("all ")]
    assert "top1 0.50" in total


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("- just a list\n", "a 'questions' list"),
        ("questions:\n- {id: f1, text: hi, site: a}\n", "f1): missing origin, cards"),
        ("questions:\n- {id: f1, text: hi, site: a, origin: x, cards: nope}\n", "list of card"),
    ],
)
def test_a_malformed_file_gets_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    assert main([str(path)]) == 2
    error = capsys.readouterr().err
    assert said in error
    assert error.count("\n") == 1


def test_without_a_file_it_prints_how_to_run_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err

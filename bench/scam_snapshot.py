"""Scam-check snapshot: every verdict on the test data, recorded, to prove a speed-up changed none.

Run from the repository root: `python bench/scam_snapshot.py record` writes
`tests/data/scam_snapshot.json`; `python bench/scam_snapshot.py check` scans the same messages
again and lists every one whose result differs (exit status 1 if any). A result is the whole
of `ScanResult`: risk, score, rule points, fingerprint, learned quotes and typology, and every
finding with its category, severity, excerpt, offsets, evidence and similarity (its title, why
and what to do, with a reading's own advice, as a digest).

The messages: every item of `tests/data/scam_real/*.jsonl` and `tests/data/scam_*.yaml`, each
scanned as it is and with a vetted supplier (so the name cross-check reads every message);
the same items disguised (a zero-width space in every seventh word, Cyrillic look-alikes for
some Latin letters: the folding map to the original text); and the benchmarks' own messages
(`bench/scam_bench.py`, `bench/scam_update_bench.py`: 300, 1,000 and 4,096 characters).
It belongs to the speed work, not to the test suite: a rule change is meant to change these
results, and is then recorded afresh.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from the root: make the project importable

from bench import scam_bench, scam_update_bench  # noqa: E402
from knowledge.loader import load_knowledge  # noqa: E402
from knowledge.scam.learned_model import LearnedModel  # noqa: E402
from knowledge.scam.red_flags import RedFlags  # noqa: E402
from knowledge.scam.scanner import ScamScanner, ScanResult  # noqa: E402

DATA = ROOT / "tests" / "data"
SNAPSHOT = DATA / "scam_snapshot.json"
VETTED = ("Guangzhou Sunrise Industrial Co., Ltd",)  # the example of a vetted supplier
_LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с"}  # Latin -> Cyrillic
_ZERO_WIDTH = "\u200b"
_DIGEST = 16  # hex digits kept of a SHA-256 digest
_BENCH_COUNT = 60  # messages per length and workload taken from each benchmark


def labelled() -> Iterator[tuple[str, str]]:
    """(name, text) of every labelled test message, real and written."""
    for path in sorted((DATA / "scam_real").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield f"{path.stem}/{item['id']}", item["text"]
    for path in sorted(DATA.glob("scam_*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
            yield f"{path.stem}/{item['id']}", item["text"]


def disguised(text: str, rng: random.Random) -> str:
    """The text with invisible characters and look-alike letters, as a scammer writes it."""
    words = text.split(" ")
    for at in range(3, len(words), 7):
        word = words[at]
        if len(word) > 2:
            words[at] = word[:1] + _ZERO_WIDTH + word[1:]
    return "".join(
        _LOOKALIKES[char] if char in _LOOKALIKES and rng.random() < 0.1 else char
        for char in " ".join(words)
    )


def bench_messages() -> Iterator[tuple[str, str]]:
    """(name, text) of the benchmarks' messages of 300, 1,000 and 4,096 characters."""
    messages = yaml.safe_load(scam_bench.EVAL_FILE.read_text(encoding="utf-8"))["messages"]
    legit = scam_bench.sentences(messages, "legit")
    scam = scam_bench.sentences(messages, "scam")
    for name, share in scam_bench.WORKLOADS:
        for length in scam_bench.LENGTHS:
            texts = scam_bench.messages_of_length(
                legit, scam, share=share, length=length, count=_BENCH_COUNT, seed=length
            )
            for number, text in enumerate(texts):
                yield f"scam_bench/{name}/{length}/{number}", text
    for length in scam_update_bench.LENGTHS:
        texts = scam_update_bench.messages(_BENCH_COUNT, length)
        for number, text in enumerate(texts):
            yield f"update_bench/{length}/{number}", text


def cases() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(name, text, vetted names) of every scan the snapshot holds."""
    for name, text in labelled():
        yield name, text, ()
        yield f"{name}+vetted", text, VETTED
        # Seeded by the item's name: one generator for the whole run gave every item after a
        # newly added file other look-alikes, so a new file changed scans it had nothing to do
        # with (round 22: honest_chat.jsonl reshuffled every later disguised form).
        rng = random.Random(zlib.crc32(name.encode("utf-8")))
        yield f"{name}+disguised", disguised(text, rng), ()
    for name, text in bench_messages():
        yield name, text, ()


def _digest(*parts: str) -> str:
    """A short digest of texts that repeat in every finding of a category (its title, why
    and what to do): kept whole they would make the file a hundred times larger."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:_DIGEST]


def described(result: ScanResult) -> list[Any]:
    """Everything a scan says, as JSON: risk, score, rule points, fingerprint (shortened),
    learned quotes and typology, then the findings."""
    return [
        result.risk.value,
        result.score,
        result.rule_points,
        result.fingerprint[:_DIGEST],
        list(result.learned_quotes),
        result.learned_typology.id if result.learned_typology else None,
        [
            [
                f.category,
                f.severity.value,
                f.blocking,
                f.excerpt,
                f.start,
                f.end,
                f.evidence,
                f.similarity,
                f.from_detector,
                _digest(f.title, f.why, f.what_to_do, *filter(None, [f.advice])),
            ]
            for f in result.findings
        ],
    ]


def snapshot() -> dict[str, list[Any]]:
    knowledge = load_knowledge()
    scanner = ScamScanner(knowledge.get(RedFlags), knowledge.get(LearnedModel))
    return {name: described(scanner.scan(text, vetted)) for name, text, vetted in cases()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "check"))
    parser.add_argument("--file", type=Path, default=SNAPSHOT, help="the recording")
    args = parser.parse_args()
    now = snapshot()
    if args.action == "record":
        lines = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                 for k, v in now.items())  # fmt: skip
        args.file.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
        print(f"recorded {len(now)} scans in {args.file}")
        return 0
    recorded = json.loads(args.file.read_text(encoding="utf-8"))
    names = recorded.keys() | now.keys()
    differ = sorted(name for name in names if recorded.get(name) != now.get(name))
    for name in differ:
        print(f"{name}:\n  recorded {recorded.get(name)}\n  now      {now.get(name)}")
    print(f"{len(now)} scans, {len(differ)} differ from {args.file.name}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

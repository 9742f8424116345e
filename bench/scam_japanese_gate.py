"""Scam check: what the Japanese reader adds to a scan (issue 15, round 13).

Like `scam_language_gate.py`, it times the reader's own call (`read_japanese` on the folded
text the scanner already has), because the whole-scan benchmark swings by more than the
reader may cost: on the typical English messages `scam_bench.py` builds (where the kana gate
stops it at one check) and on Japanese messages of the same length made of honest supplier
sentences and a LINE-group request or a changed-account sentence, where every reading runs.
Run by hand: `python -m bench.scam_japanese_gate`; it prints p50 / p99 in microseconds.
"""

from __future__ import annotations

import gc
import time

import yaml

from bench.scam_bench import EVAL_FILE, messages_of_length, sentences
from bench.scam_language_gate import COUNT, LENGTHS, ROUNDS, foreign_texts
from knowledge.scam.japanese import read_japanese
from knowledge.scam.normalise import normalise

# Written for this benchmark (not data): ordinary supplier sentences and two scam sentences.
JAPANESE = (
    "ご注文ありがとうございます。商品は来週発送いたします。",
    "添付の請求書をご確認のうえ、ご不明な点はお問い合わせください。",
    "納期は予定どおり、寧波港から船便でお届けします。",
    "業務上の都合により、新しくLINEグループを作成してください。",
    "弊社の振込先口座が変更になりましたので、下記の口座へお振込みください。",
)


def timed(texts: list[str]) -> tuple[float, float]:
    """p50 and p99 in microseconds of `read_japanese` on each text's folded form."""
    prepared = [normalise(text).folded for text in texts]
    spent: list[float] = []
    for _ in range(ROUNDS):
        for folded in prepared:
            start = time.perf_counter_ns()
            read_japanese(folded)
            spent.append((time.perf_counter_ns() - start) / 1e3)
    spent.sort()
    return spent[len(spent) // 2], spent[min(len(spent) - 1, len(spent) * 99 // 100)]


def main() -> None:
    gc.freeze()
    messages = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["messages"]
    legit, scam = sentences(messages, "legit"), sentences(messages, "scam")
    print(f"read_japanese, {COUNT} messages x {ROUNDS} rounds per length; microseconds")
    print(f"{'chars':>6} {'English p50':>12} {'p99':>7} {'Japanese p50':>13} {'p99':>7}")
    for length in LENGTHS:
        english = messages_of_length(
            legit, scam, share=0.15, length=length, count=COUNT, seed=length
        )
        row = [timed(english), timed(foreign_texts(JAPANESE, length, seed=length))]
        cells = " ".join(f"{p50:>11.1f} {p99:>7.1f}" for p50, p99 in row)
        print(f"{length:>6} {cells}")


if __name__ == "__main__":
    main()

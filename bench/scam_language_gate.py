"""Scam check: what the other-language diversion reader adds to a scan (issue 15, round 10).

The whole-scan benchmark (`scam_bench.py`) swings by milliseconds on a shared machine, more
than the 0.1 ms this reader may cost at 4,096 characters; so this one times the reader's own
call (`LanguageReader.find` on the words the scanner already has) on the same typical English
messages `scam_bench.py` builds, and on German and French messages of the same length made
of honest and diversion sentences, where the language gate opens. Run by hand:
`python -m bench.scam_language_gate`; it prints p50 / p99 in microseconds.
"""

from __future__ import annotations

import gc
import random
import time

import yaml

from bench.scam_bench import EVAL_FILE, messages_of_length, sentences
from knowledge.loader import load_knowledge
from knowledge.scam.languages import LanguageReader
from knowledge.scam.normalise import normalise
from knowledge.scam.red_flags import RedFlags

LENGTHS = (300, 1_000, 4_096)
COUNT, ROUNDS = 200, 10
# Written for this benchmark (not data): ordinary supplier sentences and a diversion sentence.
GERMAN = (
    "Vielen Dank für Ihre Bestellung, die Ware wird nächste Woche verschickt.",
    "Bitte prüfen Sie die beigefügte Rechnung und melden Sie sich bei Fragen.",
    "Die Lieferung erfolgt wie vereinbart per Seefracht ab Ningbo.",
    "Unsere Bankverbindung hat sich geändert, bitte überweisen Sie auf das folgende Konto.",
)
FRENCH = (
    "Merci pour votre commande, la marchandise sera expédiée la semaine prochaine.",
    "Veuillez trouver ci-joint la facture et nous contacter pour toute question.",
    "La livraison se fera comme convenu par voie maritime depuis Ningbo.",
    "Nos coordonnées bancaires ont changé, veuillez utiliser le nouveau RIB ci-dessous.",
)


def foreign_texts(pool: tuple[str, ...], length: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    made = []
    for _ in range(COUNT):
        parts: list[str] = []
        while sum(len(part) + 1 for part in parts) < length:
            parts.append(rng.choice(pool))
        made.append(" ".join(parts)[:length])
    return made


def timed(reader: LanguageReader, texts: list[str]) -> tuple[float, float]:
    """p50 and p99 in microseconds of `reader.find` on each text's words."""
    prepared = [normalise(text) for text in texts]
    spent: list[float] = []
    for _ in range(ROUNDS):
        for message in prepared:
            start = time.perf_counter_ns()
            reader.find(message.words, message.sentence)
            spent.append((time.perf_counter_ns() - start) / 1e3)
    spent.sort()
    return spent[len(spent) // 2], spent[min(len(spent) - 1, len(spent) * 99 // 100)]


def main() -> None:
    reader = LanguageReader(load_knowledge().get(RedFlags).foreign)
    gc.freeze()
    messages = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))["messages"]
    legit, scam = sentences(messages, "legit"), sentences(messages, "scam")
    print(f"LanguageReader.find, {COUNT} messages x {ROUNDS} rounds per length; microseconds")
    print(f"{'chars':>6} {'English p50':>12} {'p99':>7} {'German p50':>11} {'p99':>7} "
          f"{'French p50':>11} {'p99':>7}")  # fmt: skip
    for length in LENGTHS:
        english = messages_of_length(legit, scam, share=0.15, length=length, count=COUNT,
                                     seed=length)  # fmt: skip
        row = [timed(reader, english)]
        row.append(timed(reader, foreign_texts(GERMAN, length, seed=length)))
        row.append(timed(reader, foreign_texts(FRENCH, length, seed=length)))
        cells = " ".join(f"{p50:>11.1f} {p99:>7.1f}" for p50, p99 in row)
        print(f"{length:>6} {cells}")


if __name__ == "__main__":
    main()

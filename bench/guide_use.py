"""Would the scam check's multilingual encoder (USE v3) help /guide find the right card?
(round 20 of issue 13; run by hand)

    python -m bench.guide_use [--weights] [--phrasings] [--routed] [--misses]
    python -m bench.guide_use [--languages] [--cost] [--typos]

/guide's meaning scorer reads questions and cards with all-MiniLM-L6-v2 (`knowledge/guide/
encoder.py`); since round 19 the bot also ships Google's Universal Sentence Encoder
Multilingual v3 for the scam check (`knowledge/scam/encoder.py`, 512 numbers, 16 languages,
trained among other tasks for question-answer retrieval). Here USE reads for /guide (a) IN
PLACE of MiniLM and (b) BESIDE it: each text's two unit vectors joined, scaled by the square
roots of the two weights, so one cosine is exactly `w x USE's cosine + (1 - w) x MiniLM's`
and every later step (two best phrasings, the whole card, the asking sentences, the "same
meaning" bar) runs unchanged. Everything else is the shipped search: BM25, the glossary lift,
the blend and its confidence rule, scored as `bench/guide_siblings.py` does, each real
question through the guide without the phrasings written from its own site
(leave-one-site-out), the real off-topic ones through the whole guide. A word USE's
vocabulary holds as one piece is read as typed, any other is mended by the guide's speller
first (MiniLM's rule, with USE's vocabulary: a Spanish word is no slip).

The USE model is reached through `SentenceEncoder.packaged()` of the scam check (this bench
is outside the import contracts; `knowledge.guide` never imports `knowledge.scam`). All
figures are development figures: every set has been read and tuned on, and choosing a
weight among the rows is tuning too.

`--weights`: BM25's share of the blend swept too. `--phrasings`: MiniLM and USE with the
whole card's text left out of the meaning (its share 0), in case USE reads a long card worse
than a short phrasing. `--languages`: 20 questions written HERE in five languages (a smoke
test, not evidence), ranked by the shipped search and, since a question with no ASCII word
gives BM25 nothing and the search then stops, by the meaning scorer alone too; also a rough
router (USE only for a question that does not read as English), which the default run scores
on the real questions too. `--cost`: the encoders' time per real question (the question and
its asking sentences, one thread, uncached).
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np
from bm25s.stopwords import STOPWORDS_EN_PLUS

from bench.guide_encoder import _slipped
from bench.guide_siblings import Scored, confident, figures, score
from knowledge.guide import Guide, GuideIndex, meaning
from knowledge.guide import search as engine
from knowledge.guide.encoder import SentenceEncoder as MiniLM
from knowledge.guide.meaning import CardMeanings
from knowledge.guide.search import phrasings, whole_text
from knowledge.guide.words import asked_sentences, respelled
from knowledge.loader import packaged_knowledge
from knowledge.scam.encoder import SentenceEncoder as Use
from tests.knowledge.guide.evaluation import Question, by_site, guide_without, load_all

BESIDE = (0.25, 0.5, 0.75)  # USE's share of the cosine when it reads beside MiniLM


class UseReader:
    """USE behind the face `CardMeanings` reads (dims, embed, encode, knows), every text
    encoded once per run (the vectors do not depend on the batch: the model reads each text
    alone)."""

    def __init__(self, model: Use) -> None:
        self.dims = 512
        self._model = model
        self._memo: dict[str, np.ndarray] = {}
        self._tokenizer = model._model._tokenizer  # a bench reads inside

    def knows(self, word: str) -> bool:
        pieces = self._tokenizer.encode(word, add_bos=False, add_eos=False)
        return len(pieces) == 1 and pieces[0] != 0

    def one(self, text: str) -> np.ndarray:
        if text not in self._memo:
            self._memo[text] = self._model.embed(text)
        return self._memo[text]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.vstack([self.one(text) for text in texts])

    embed = encode


class MiniReader:
    """MiniLM as shipped, each text encoded once per run."""

    def __init__(self, model: MiniLM) -> None:
        self.dims = model.dims
        self._model = model
        self._memo: dict[str, np.ndarray] = {}

    def knows(self, word: str) -> bool:
        return self._model.knows(word)

    def one(self, text: str) -> np.ndarray:
        if text not in self._memo:
            self._memo[text] = self._model.embed([text])[0]
        return self._memo[text]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.vstack([self.one(text) for text in texts])

    embed = encode


class Joined:
    """Both models: one cosine is `share x USE's + (1 - share) x MiniLM's`; the words are
    mended by MiniLM's rule (`knows_by`: which reader's vocabulary decides)."""

    def __init__(
        self, mini: MiniReader, use: UseReader, share: float, knows_by: str = "mini"
    ) -> None:
        self.dims = mini.dims + use.dims
        self._mini, self._use = mini, use
        self._a, self._b = np.float32(np.sqrt(1 - share)), np.float32(np.sqrt(share))
        self._knows = mini.knows if knows_by == "mini" else use.knows

    def knows(self, word: str) -> bool:
        return self._knows(word)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.vstack(
            [
                np.concatenate([self._a * self._mini.one(t), self._b * self._use.one(t)])
                for t in texts
            ]
        )

    embed = encode


def _meanings(guide: Guide, mend: object, reader: object) -> CardMeanings:
    return CardMeanings(
        [phrasings(card) for card in guide.cards],
        [whole_text(card) for card in guide.cards],
        mend,  # type: ignore[arg-type]
        encoder=reader,  # type: ignore[arg-type]
    )


def readers() -> dict[str, object]:
    mini = MiniReader(MiniLM.packaged())
    use = UseReader(Use.packaged())
    found: dict[str, object] = {"MiniLM (shipped)": mini, "USE in place": use}
    for share in BESIDE:
        found[f"beside: USE {share:.2f} + MiniLM {1 - share:.2f}"] = Joined(mini, use, share)
    found["beside: USE 0.50, USE's vocabulary mends"] = Joined(mini, use, 0.5, "use")
    return found


def run(on: list[Question], off: list[Question], argv: list[str]) -> None:
    whole_guide = packaged_knowledge().get(Guide)
    mini = MiniLM.packaged()
    sites = sorted({q.site for q in on})
    engine.OTHER_LANGUAGES = False  # each row below: one reader for every question
    indexes: dict[str, GuideIndex] = {}
    for site in sites:  # one BM25 index per site; its meaning scorer is swapped per reader
        same = frozenset(q.id for q in on if q.site == site)
        indexes[site] = GuideIndex(guide_without(same), encoder=mini)
    whole = GuideIndex(whole_guide, encoder=mini)
    shipped: list[Scored] = []
    # `--weights`: BM25's share of the blend swept too (an encoder whose cosines spread less
    # than MiniLM's would be outweighed by BM25 at the shipped third; any affine rescaling of
    # its cosines is one of these shares, for the ranking).
    shares = (engine.BM25_WEIGHT, 0.0, 0.1, 0.2, 0.5) if "--weights" in argv else (None,)
    kept = engine.BM25_WEIGHT
    outcomes: dict[str, tuple[list[Scored], list[Scored]]] = {}
    chosen = readers()
    if "--routed" in argv:  # only the two the router picks between
        chosen = {name: chosen[name] for name in ("MiniLM (shipped)", "USE in place")}
    if "--phrasings" in argv:  # the whole card's text left out (USE reads long texts as one)
        chosen = {name: chosen[name] for name in ("MiniLM (shipped)", "USE in place")}
        meaning.CARD_MEANING_WEIGHT = 0.0
    for name, reader in chosen.items():
        for index in [*indexes.values(), whole]:
            index._meaning = _meanings(index.guide, index._speller.mend, reader)  # a bench swaps
        for share in shares:
            engine.BM25_WEIGHT = kept if share is None else share
            scored_on = [score(indexes[q.site], q) for q in on]
            scored_off = [score(whole, q) for q in off]
            shipped = shipped or scored_on
            pairs = list(zip(scored_on, shipped, strict=True))
            gained = sum(_first(s) and not _first(b) for s, b in pairs)
            lost = sum(_first(b) and not _first(s) for s, b in pairs)
            print(f"{name}, BM25 share {engine.BM25_WEIGHT:.2f}")
            print(f"   {figures(scored_on, scored_off)}  firsts +{gained}/-{lost} vs shipped")
            if share is None and name in ("MiniLM (shipped)", "USE in place"):
                outcomes[name] = (scored_on, scored_off)
            if "--misses" in argv:
                for s in scored_on:
                    if s.question.cards and not _first(s):
                        print(f"   miss {s.question.id} {s.order[0] if s.order else '-'}")
    engine.BM25_WEIGHT = kept
    if outcomes:
        routed(outcomes, whole_guide, on, off)
    engine.OTHER_LANGUAGES = True  # the search as shipped since round 20, through GuideIndex
    for site in sites:
        indexes[site] = GuideIndex(indexes[site].guide)
    whole = GuideIndex(whole_guide)
    scored_on = [score(indexes[q.site], q) for q in on]
    scored_off = [score(whole, q) for q in off]
    print(f"shipped (round 20: routed inside GuideIndex)\n   {figures(scored_on, scored_off)}")


def routed(
    outcomes: dict[str, tuple[list[Scored], list[Scored]]],
    guide: Guide,
    on: list[Question],
    off: list[Question],
) -> None:
    """The router's figures: USE's outcome for a question that does not read as English,
    MiniLM's for the rest, with each routed question's rank under both."""
    reads = english_reader(guide)
    (mini_on, mini_off), (use_on, use_off) = outcomes.values()
    routed_on = [m if reads(m.question.text) else u for m, u in zip(mini_on, use_on, strict=True)]
    routed_off = [
        m if reads(m.question.text) else u for m, u in zip(mini_off, use_off, strict=True)
    ]
    print(
        f"routed (USE when a question does not read as English): "
        f"{sum(not reads(q.text) for q in on)} of {len(on)} real questions and "
        f"{sum(not reads(q.text) for q in off)} of {len(off)} off-topic routed to USE"
    )
    for m, u in zip([*mini_on, *mini_off], [*use_on, *use_off], strict=True):
        if not reads(m.question.text):
            text = " ".join(m.question.text.split())[:70]
            print(
                f"   routed {m.question.id} rank MiniLM {_rank(m)} USE {_rank(u)} "
                f"confident {confident(m)}/{confident(u)}: {text}"
            )
    print(f"   {figures(routed_on, routed_off)}")


def english_reader(guide: Guide) -> Callable[[str], bool]:
    """A rough router for the `--routed` variant: a question reads as English when at least
    ROUTE_SHARE of its words (letters of any script) are English function words or words of
    the cards; a question with no such word at all (Chinese) does not."""
    vocabulary = frozenset(STOPWORDS_EN_PLUS) | {
        word for card in guide.cards for word in _LETTERS.findall(whole_text(card).casefold())
    }

    def reads(text: str) -> bool:
        words = _LETTERS.findall(text.casefold())
        known = sum(word in vocabulary for word in words)
        return bool(words) and known >= ROUTE_SHARE * len(words)

    return reads


ROUTE_SHARE = 0.6
_LETTERS = re.compile(r"[^\W\d_]+")


def _rank(s: Scored) -> str:
    """The labelled card's place (1 = first), "-" for a question no card answers."""
    if not s.question.cards:
        return "-"
    return str(next((n for n, c in enumerate(s.order) if c in s.question.cards), 98) + 1)


def _first(s: Scored) -> bool:
    return bool(s.order) and s.order[0] in s.question.cards


# Written here for the smoke test (not evidence): (language, question, the card that answers).
LANGUAGES = (
    ("es", "¿Cómo abro una disputa en Alibaba?", "trade-assurance-claim"),
    ("es", "¿Es seguro pagar al proveedor con PayPal?", "paypal-for-suppliers"),
    ("es", "¿Qué significa proveedor verificado u oro?", "supplier-badges"),
    ("es", "¿Qué cubre Trade Assurance?", "trade-assurance-what-covers"),
    ("zh", "如何在阿里巴巴上发起纠纷？", "trade-assurance-claim"),
    ("zh", "用PayPal付款给供应商安全吗？", "paypal-for-suppliers"),
    ("zh", "我应该预订哪种验货？", "inspection-types"),
    ("zh", "如何在中国注册商标？", "register-trademark-china"),
    ("fr", "Comment ouvrir un litige sur Alibaba ?", "trade-assurance-claim"),
    ("fr", "Que couvre la Trade Assurance ?", "trade-assurance-what-covers"),
    ("fr", "Fret aérien, maritime ou express : lequel choisir ?", "air-vs-sea-vs-express"),
    ("fr", "Accord NNN ou NDA pour la Chine ?", "nnn-vs-nda"),
    ("de", "Wie eröffne ich einen Streitfall bei Alibaba?", "trade-assurance-claim"),
    ("de", "Ist PayPal sicher, um einen Lieferanten zu bezahlen?", "paypal-for-suppliers"),
    ("de", "Brauche ich einen Zollagenten für den Import aus China?", "customs-broker"),
    ("de", "Wie finde ich den HS-Code meines Produkts?", "hs-code"),
    ("pt", "Como abrir uma disputa no Alibaba?", "trade-assurance-claim"),
    ("pt", "Quanto custa uma inspeção de qualidade?", "inspection-cost"),
    ("pt", "Como registrar minha marca na China?", "register-trademark-china"),
    ("pt", "Paguei e acho que fui vítima de um golpe, o que faço?", "scammed-what-now"),
)


def languages() -> None:
    guide = packaged_knowledge().get(Guide)
    ids = {card.id for card in guide.cards}
    missing = sorted({card for _, _, card in LANGUAGES} - ids)
    if missing:
        raise SystemExit(f"no such card: {missing}; cards: {sorted(ids)}")
    mini = MiniLM.packaged()
    engine.OTHER_LANGUAGES = False  # each row: one reader for every question
    index = GuideIndex(guide, encoder=mini)
    for name, reader in readers().items():
        index._meaning = _meanings(guide, index._speller.mend, reader)  # a bench swaps
        _smoke(name, _smoke_rows(index))
    engine.OTHER_LANGUAGES = True
    shipped = GuideIndex(guide)
    assert shipped._other is not None
    other = shipped._other
    routed = sum(other.is_foreign(text) for _, text, _ in LANGUAGES)
    print(f"shipped (round 20): {routed} of 20 routed to USE")
    _smoke("shipped (round 20)", _smoke_rows(shipped))


def _smoke_rows(index: GuideIndex) -> list[tuple[str, str, list[str], list[str], bool]]:
    """Per smoke question: its language, its card, the search's order, the meaning scorer's
    order alone (the question has no word BM25 reads: Chinese), and whether confident."""
    cards = index.guide.cards
    rows = []
    for language, text, card in LANGUAGES:
        found = index.search(text, limit=len(cards))
        order = [hit.card.id for hit in found.hits]
        meaning = index._meanings_of(text, [])[0]  # a bench reads inside
        alone = [cards[n].id for n in np.argsort(-meaning, kind="stable")]
        rows.append((language, card, order, alone, found.confident))
    return rows


def _smoke(name: str, rows: list[tuple[str, str, list[str], list[str], bool]]) -> None:
    """Top-1 / top-3 of the smoke test, through the search and by the meaning scorer alone."""
    top1 = sum(bool(o) and o[0] == c for _, c, o, _, _ in rows)
    top3 = sum(c in o[:3] for _, c, o, _, _ in rows)
    empty = sum(not o for _, _, o, _, _ in rows)
    sure = sum(s for *_, s in rows)
    sure_wrong = sum(s and o[0] != c for _, c, o, _, s in rows)
    m1 = sum(a[0] == c for _, c, _, a, _ in rows)
    m3 = sum(c in a[:3] for _, c, _, a, _ in rows)
    print(
        f"{name}: search top-1 {top1}/20 top-3 {top3}/20 (no answer {empty}, confident "
        f"{sure}, wrong {sure_wrong}); meaning alone top-1 {m1}/20 top-3 {m3}/20"
    )
    for language in ("es", "zh", "fr", "de", "pt"):
        part = [r for r in rows if r[0] == language]
        print(
            f"   {language}: search {sum(bool(o) and o[0] == c for _, c, o, _, _ in part)}"
            f"/{sum(c in o[:3] for _, c, o, _, _ in part)}, meaning alone "
            f"{sum(a[0] == c for _, c, _, a, _ in part)}"
            f"/{sum(c in a[:3] for _, c, _, a, _ in part)} (top-1/top-3 of 4)"
        )


def cost(on: list[Question]) -> None:
    """Time per real question: the question read as the search reads it (respelled, then it
    and each asking sentence encoded), one thread, no memo."""
    guide = packaged_knowledge().get(Guide)
    mini = MiniLM.packaged()
    use = Use.packaged()
    index = GuideIndex(guide, encoder=mini)
    texts = [respelled(q.text[:500], index._speller.mend) for q in on]
    parts = [[t, *asked_sentences(t)] for t in texts]
    for name, encode in (
        ("MiniLM", lambda s: mini.encode([s])),
        ("USE", use.embed),
    ):
        for text in texts[:20]:  # warm
            encode(text)
        times = []
        for pieces in parts:
            started = time.perf_counter()
            for piece in pieces:
                encode(piece)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        print(
            f"{name}: per question p50 {statistics.median(times):.1f} ms, mean "
            f"{statistics.fmean(times):.1f} ms, p90 {times[int(len(times) * 0.9)]:.1f} ms, "
            f"max {times[-1]:.1f} ms ({len(times)} real questions)"
        )


def typos(on: list[Question], seeds: int = 4) -> None:
    """Every real question with two slips (round 3's `_slipped`, four seeds), through the
    shipped leave-one-site-out indexes: how many a typo makes read as foreign, and top-1 /
    top-3 with the router on and off (off: the same index with its multilingual part put
    aside for the question)."""
    pick = by_site(on)
    for seed in range(seeds):
        rng = random.Random(seed)
        routed = right = right3 = plain1 = plain3 = 0
        for question in on:
            if not question.cards:
                continue
            index = pick(question)
            text = _slipped(question.text, rng)
            other = index._other  # a bench reads inside
            assert other is not None
            on_ids = [hit.card.id for hit in index.search(text).hits]
            index._other = None
            off_ids = [hit.card.id for hit in index.search(text).hits]
            index._other = other
            routed += other.is_foreign(text)
            right += bool(on_ids) and on_ids[0] in question.cards
            right3 += any(c in question.cards for c in on_ids[:3])
            plain1 += bool(off_ids) and off_ids[0] in question.cards
            plain3 += any(c in question.cards for c in off_ids[:3])
        n = sum(bool(q.cards) for q in on)
        print(
            f"typos seed {seed}: routed {routed} of {n}; router off {plain1 / n:.3f} / "
            f"{plain3 / n:.3f}, on {right / n:.3f} / {right3 / n:.3f}"
        )


def main(argv: list[str]) -> None:
    on, off = load_all()
    if "--typos" in argv:
        typos(on)
    if "--cost" in argv:
        cost(on)
    if "--languages" in argv:
        languages()
    if not {"--cost", "--languages", "--typos"} & set(argv):
        run(on, off, argv)


if __name__ == "__main__":
    main(sys.argv[1:])

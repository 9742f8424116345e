"""The learned part of the scam check: the shipped artifact holds no text, scores as the build
script does, and only ever raises a verdict to medium beside a rule finding."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from knowledge.loader import data_folder, load_knowledge
from knowledge.scam.learned import (
    LearnedModel,
    LearnedScore,
    LearnedScorer,
    hashed,
    quotes_a_reply,
)
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk, ScamScanner
from knowledge.scam.verdict import Bands, decide, may_raise
from scripts.scam_data import real_items, written_items
from scripts.scam_features import BLANK, BUCKETS, logits, matrix
from tests.knowledge.scam.support import red_flags

MODEL = Path(str(data_folder() / "scam_model.yaml"))
_FIELDS = {"source", "features", "buckets", "bias", "weights", "raise", "alone", "candidate"}
_FIELDS |= {"words", "null", "min", "read", "skip", "headers", "true", "skips", "replies"}
_FIELDS |= {"encoder", "scale"}  # the sentence encoder's part (round 19)
_FIELDS |= {"short"}  # alone_short_at (round 21)


def _model() -> LearnedModel:
    return load_knowledge().get(LearnedModel)


def test_the_artifact_is_small_and_holds_numbers_not_text() -> None:
    """Under 200 KB; its only words are its field names, its comments and its source line,
    and no 12-character stretch of any real or written message appears in it."""
    raw = MODEL.read_text(encoding="utf-8")
    assert len(raw.encode("utf-8")) < 200_000
    model = _model()
    body = [line for line in raw.splitlines() if not line.startswith("#")]
    words = {w.casefold() for line in body for w in re.findall(r"[^\W\d_]{3,}", line)}
    allowed = _FIELDS | {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", model.source)}
    assert words <= allowed, words - allowed
    texts = [item.text for item in real_items()] + [
        item.text for item in written_items("scam_eval.yaml")
    ]
    numbers_only = "\n".join(line for line in body if not line.startswith("source"))
    for text in texts:
        flat = " ".join(text.split())
        for at in range(0, max(1, len(flat) - 12), 40):
            assert flat[at : at + 12] not in numbers_only


def test_the_bot_scores_exactly_as_the_build_script_does() -> None:
    """Plain-Python log-odds equal the numpy ones the threshold was chosen on (on messages
    without template blanks or collectors' placeholders: the build leaves "[Client Name]" and
    "<EMAIL>" out of the features, and real messages have none)."""
    model = _model()
    assert model.buckets == BUCKETS
    items = real_items()[:120] + written_items("scam_eval.yaml")[:10]
    items = [item for item in items if not BLANK.search(item.text)]
    assert len(items) >= 40
    weights = dict(model.weights)
    if model.encoder_weights is not None:  # the encoder's columns follow the buckets
        weights.update((BUCKETS + at, w) for at, w in enumerate(model.encoder_weights))
    expected = logits(matrix(items, model.features), model.bias, weights)
    scorer = LearnedScorer(model)
    got = [scorer.score(normalise(item.text)).logit for item in items]
    # the encoder's vector is float32 in both; their sums differ in the last places only
    assert np.allclose(got, expected, atol=1e-4)


def test_features_are_stable_buckets_for_latin_and_chinese_text() -> None:
    """The same text gives the same buckets every run (CRC-32, not Python's salted hash);
    Chinese text gives character features although it has no spaces."""
    first = hashed(normalise("Please pay to our new account"), "words", BUCKETS)
    again = hashed(normalise("please PAY to our new  account"), "words", BUCKETS)
    assert first == again
    assert len(hashed(normalise("请将货款汇至以下新账户"), "words", BUCKETS)) >= 10


def _allowed(raise_at: float | None = 0.5, alone_at: float | None = None) -> LearnedModel:
    """The shipped model with the given thresholds switched on (the shipped file may have
    them off: the build script keeps them only when they help by folds by source)."""
    update = {"raise_at": raise_at, "alone_at": alone_at, "alone_short_at": None}
    return _model().model_copy(update=update)


def test_the_learned_part_raises_to_medium_only_when_a_threshold_allows() -> None:
    """`raise_at` lifts a low message the rules found a sign in, `alone_at` any low message
    of at least `alone_min_words` words (with a sign or not): into the medium band and no
    further; it never lowers a score."""
    model = _allowed()
    bands = Bands(red_flags().scoring.medium_at, red_flags().scoring.high_at)
    sure = LearnedScore(5.5, (), 40)
    alone = decide(0, False, bands, (model, sure))
    assert (alone.score, alone.risk) == (0, Risk.LOW)
    raised = decide(9, False, bands, (model, sure))
    assert raised.risk is Risk.MEDIUM
    assert bands.medium_at <= raised.score < bands.high_at
    assert raised.raised_by_learning
    kept = decide(70, False, bands, (model, sure))
    assert (kept.score, kept.risk) == (70, Risk.HIGH)
    loner = _allowed(None, 5.0).model_copy(update={"alone_min_words": 20})
    on_its_own = decide(0, False, bands, (loner, sure))
    assert on_its_own.risk is Risk.MEDIUM
    assert on_its_own.raised_by_learning
    beside_a_sign = decide(9, False, bands, (loner, sure))  # raise_at off: alone_at applies
    assert beside_a_sign.risk is Risk.MEDIUM
    short = decide(0, False, bands, (loner, LearnedScore(5.5, (), 12)))
    assert short.risk is Risk.LOW
    assert not may_raise(0, False, bands, loner, 12)
    assert may_raise(0, False, bands, loner, 20)
    below = decide(0, False, bands, (_allowed(None, 6.0), sure))
    assert below.risk is Risk.LOW


def test_a_short_message_is_raised_alone_only_from_the_higher_alone_short_at() -> None:
    """Under `alone_min_words` words the alone power reads a message from `alone_short_at`
    (round 21), never from `alone_at`; a quoted reply thread is left to the rules whatever
    its length, and without `alone_short_at` a short message is never raised alone."""
    bands = Bands(red_flags().scoring.medium_at, red_flags().scoring.high_at)
    model = _allowed(None, 2.0).model_copy(update={"alone_min_words": 20, "alone_short_at": 4.0})
    assert decide(0, False, bands, (model, LearnedScore(3.0, (), 40))).risk is Risk.MEDIUM
    assert decide(0, False, bands, (model, LearnedScore(3.0, (), 8))).risk is Risk.LOW
    raised = decide(0, False, bands, (model, LearnedScore(4.5, (), 8)))
    assert raised.risk is Risk.MEDIUM
    assert raised.raised_by_learning
    reply = LearnedScore(9.0, (), 8, reply=True)
    assert decide(0, False, bands, (model, reply)).risk is Risk.LOW
    assert may_raise(0, False, bands, model, 8)
    off = model.model_copy(update={"alone_short_at": None})
    assert decide(0, False, bands, (off, LearnedScore(9.0, (), 8))).risk is Risk.LOW
    assert not may_raise(0, False, bands, off, 8)


def test_alone_short_at_needs_alone_at_and_is_never_below_it() -> None:
    """The short threshold is a higher bar of the alone power, not a power of its own."""
    data = _model().model_dump()
    with pytest.raises(ValueError, match="alone_short_at needs alone_at"):
        LearnedModel.model_validate({**data, "alone_at": None, "alone_short_at": 3.0})
    with pytest.raises(ValueError, match="not below it"):
        LearnedModel.model_validate({**data, "alone_at": 3.0, "alone_short_at": 2.0})
    assert LearnedModel.model_validate({**data, "alone_at": 2.0, "alone_short_at": 3.0})


def test_the_alone_power_leaves_a_quoted_reply_thread_to_the_rules() -> None:
    """A message quoting an earlier one ("... wrote:" closing a line, lines opened by ">")
    is not raised by `alone_at` when the model says so; `raise_at` beside a sign still may
    (issue 15, round 17)."""
    bands = Bands(red_flags().scoring.medium_at, red_flags().scoring.high_at)
    loner = _allowed(0.5, 5.0).model_copy(update={"alone_skips_replies": True})
    thread = "I still need the receipt.\n\nOn May 5, Shop <a@b.c> wrote:\n> Thanks for buying."
    for text in (thread, "> You bought 9 licences.\nPlease send the receipt."):
        assert quotes_a_reply(normalise(text).folded)
    for text in ("Please pay 40% now. He wrote: nothing else.", "Price > cost, 2 > 1"):
        assert not quotes_a_reply(normalise(text).folded)
    scorer = LearnedScorer(loner)
    replied = scorer.score(normalise(thread))
    assert replied.reply
    sure = LearnedScore(5.5, (), 40, reply=True)
    assert decide(0, False, bands, (loner, sure)).risk is Risk.LOW
    assert decide(9, False, bands, (loner, sure)).risk is Risk.MEDIUM
    plain = LearnedScore(5.5, (), 40)
    assert decide(0, False, bands, (loner, plain)).risk is Risk.MEDIUM
    # Known before scoring (round 22): the scanner does not run the model, and its encoder,
    # for a reply that nothing could raise, and still does where `raise_at` may.
    assert not may_raise(0, False, bands, loner, 40, reply=True)
    assert may_raise(9, False, bands, loner, 40, reply=True)
    assert may_raise(0, False, bands, loner, 40)
    off = loner.model_copy(update={"alone_skips_replies": False})
    assert not LearnedScorer(off).score(normalise(thread)).reply


def test_switched_off_thresholds_raise_nothing() -> None:
    """A model whose thresholds are None (what the build script ships when, by folds by
    source, raising made the check worse) never changes a verdict and is never computed."""
    model = _allowed(None, None)
    bands = Bands(red_flags().scoring.medium_at, red_flags().scoring.high_at)
    sure = LearnedScore(50.0, (), 100)
    for points in (0, 9, 18):
        verdict = decide(points, False, bands, (model, sure))
        assert not verdict.raised_by_learning
        assert not may_raise(points, False, bands, model, 100)
    assert not model.raises


def test_a_raised_verdict_quotes_its_sentences_and_names_a_typology() -> None:
    """When the learned part raises the verdict, the result carries the sentences that drove
    it, quoted from the message, and the nearest kind of scam."""
    text = "Contact me on WhatsApp +86 138 0000 0000 please"
    result = ScamScanner(red_flags(), _allowed(raise_at=-5.0)).scan(text)
    assert result.rule_points < red_flags().scoring.medium_at  # the rules alone: low
    assert result.learned_quotes == (text,)
    assert result.learned_typology is not None
    assert result.learned_typology.id == "off_platform_payment"
    assert result.risk is Risk.MEDIUM


@pytest.mark.parametrize("kind", ["words", "chars"])
def test_the_fast_hashing_gives_the_buckets_of_the_plain_features(kind: str) -> None:
    """Hashing each word once per message (continuing a word's CRC for its pairs, the
    prefix's CRC for 4-grams) gives exactly the buckets of hashing every feature the plain
    feature functions list, on real messages in English and Chinese."""
    import zlib

    from knowledge.scam.learned import FEATURES

    for item in real_items()[::7]:
        message = normalise(item.text)
        plain: dict[int, int] = {}
        for feature, sentence in FEATURES[kind](message):
            plain.setdefault(zlib.crc32(feature) & (BUCKETS - 1), sentence)
        assert hashed(message, kind, BUCKETS) == plain


def test_buckets_remembered_between_messages_change_nothing_not_even_their_order() -> None:
    """The scorer keeps each word's character buckets between messages (round 16, speed): on
    real messages in English and Chinese, scored one after another through one shared map,
    every message's buckets come out the same and in the same order as computed afresh (the
    order decides the float sum of the weights), and so does the score."""
    known: dict[str, list[int]] = {}
    model = _model()
    fresh, shared = LearnedScorer(model), LearnedScorer(model)
    for item in real_items()[::9]:
        message = normalise(item.text)
        alone = list(hashed(message, "chars", BUCKETS).items())
        assert list(hashed(message, "chars", BUCKETS, known).items()) == alone
        assert list(hashed(message, "chars", BUCKETS, known).items()) == alone  # all known
        fresh._known.clear()  # scored afresh: nothing remembered
        assert shared.score(message) == fresh.score(message)
    assert known  # the map was used


def test_the_model_reads_as_many_words_as_it_learned_from() -> None:
    """A message longer than `read_words` is scored on its first `read_words` words (no
    training message is longer), and its length still counts in full for the alone power."""
    model = _model()
    assert model.read_words is not None
    scorer = LearnedScorer(model)
    head = " ".join(f"Please pay invoice {n} to our account today." for n in range(60))
    tail = " Thank you, regards, the accounts team." * 40
    short, long = normalise(head), normalise(head + tail)
    assert len(short.words) > model.read_words
    assert scorer.score(long).logit == scorer.score(short).logit
    assert scorer.score(long).words == len(long.words)


def test_header_labels_opening_a_line_are_not_read() -> None:
    """ "Subject:" or "From:" opening a line says how a message travelled, not what it asks:
    the shipped model leaves them out of what it reads (the same words elsewhere stay), so a
    message scores the same with or without them; the alone power still counts them."""
    from knowledge.scam.learned import without_headers

    model = _model()
    assert model.skip_headers
    scorer = LearnedScorer(model)
    body = "I need you to process a wire transfer today. Send it to the account below."
    headed = normalise("Subject: Request\nFROM : the CEO\n  To: you\n\n" + body)
    plain = normalise("Request\nthe CEO\n  you\n\n" + body)
    assert without_headers(headed).words == plain.words
    assert scorer.score(headed).logit == pytest.approx(scorer.score(plain).logit)
    assert scorer.score(headed).words == len(headed.words)
    kept = normalise("Please send it to: our office, from: Monday. The subject: payment.")
    assert without_headers(kept).words == kept.words

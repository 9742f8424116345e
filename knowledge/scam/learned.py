"""The learned part of the scam check: hashed word features, a linear model, one probability.

Owns the features (`word_features`: words and word pairs for Latin text, characters and
character pairs for Chinese; `char_features`: character 4-grams inside words, which the
shipped model uses since issue 15's round 8) and scoring a message with the shipped model
(`learned_model.LearnedModel`, read from `data/scam_model.yaml`, built by
`scripts/build_scam_model.py`), sentence by sentence, so the reply can quote the sentences that
drove the score; since round 19 the multilingual sentence encoder's share (`encoder.py`) is
added to the log-odds of the whole message.

Every feature is a bucket number (CRC-32 of the feature, modulo the bucket count): the model
holds bucket weights, never a word or a fragment of a message. Plain Python at run time; the
build script trains with scikit-learn on these very functions, so both agree by construction.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from knowledge.scam.encoder import NAME, SentenceEncoder, encoder_text
from knowledge.scam.learned_model import LearnedModel, LearnedScore
from knowledge.scam.normalise import Message

_CJK_LOW, _CJK_HIGH = "\u3400", "\u9fff"
_HAS_CJK = re.compile("[\u3400-\u9fff]")
_MAX_SHAPE = 6  # digits in a number beyond which its length no longer matters
_GRAM = 4  # characters in a character feature
_KNOWN_LIMIT = 50_000  # distinct words whose buckets a scorer remembers before starting afresh
# Chinese and Japanese write no spaces, so a 40-character SMS is one to three "words": for the
# alone power's length (`length`) their characters count this many to a word (issue 15, round
# 21: out of fold by source, 5 more scams raised for 1 more hard legit message, development).
_CJK_PER_WORD = 2
_CJK_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def _is_cjk(char: str) -> bool:
    return _CJK_LOW <= char <= _CJK_HIGH


def _cjk_features(word: str) -> list[bytes]:
    """Characters and character pairs of the Chinese runs in `word` (Chinese has no spaces)."""
    found: list[bytes] = []
    previous = ""
    for char in word:
        if _is_cjk(char):
            found.append(("c" + char).encode("utf-8"))
            if previous:
                found.append(("p" + previous + char).encode("utf-8"))
            previous = char
        else:
            previous = ""
    return found


def _token(word: str) -> bytes:
    """A word as the model sees it: a number by its length only (an amount, an account)."""
    if word.isdigit():
        return b"#" * min(len(word), _MAX_SHAPE)
    return word.encode("utf-8")


def word_features(message: Message) -> list[tuple[bytes, int]]:
    """(feature, sentence number) for each word, each pair of neighbouring words in one
    sentence, and the characters and pairs of Chinese runs. Features are UTF-8 bytes, ready
    to hash."""
    found: list[tuple[bytes, int]] = []
    previous, previous_sentence = b"", -1
    for word, sentence in zip(message.words, message.sentence, strict=True):
        if not word.isascii() and _HAS_CJK.search(word):
            found.extend((feature, sentence) for feature in _cjk_features(word))
            previous = b""
            continue
        token = _token(word)
        found.append((b"w" + token, sentence))
        if previous and previous_sentence == sentence:
            found.append((b"b" + previous + b" " + token, sentence))
        previous, previous_sentence = token, sentence
    return found


def length(message: Message) -> int:
    """`message`'s length in words as the alone power reads it (`LearnedModel.alone_min_words`):
    a word holding Chinese or Japanese characters counts as their number over
    _CJK_PER_WORD."""
    total = 0.0
    for word in message.words:
        cjk = len(_CJK_OR_KANA.findall(word)) if not word.isascii() else 0
        total += cjk / _CJK_PER_WORD if cjk else 1.0
    return int(total)


def _padded(word: str) -> bytes:
    """A word between "<" and ">", a number by its length only (an amount, an account)."""
    return ("<" + ("#" * min(len(word), _MAX_SHAPE) if word.isdigit() else word) + ">").encode()


def _grams(word: str) -> list[bytes]:
    """The character 4-grams of a padded word, without the feature's "g" prefix. 4-grams
    alone ranked held-out sources as well as 3- to 5-grams together (issue 15, round 8: AUC
    0.978 vs 0.975 on the fresh batches scored by folds by source) at a third of the cost."""
    padded = _padded(word)
    return [padded[at : at + _GRAM] for at in range(max(1, len(padded) - _GRAM + 1))]


def char_features(message: Message) -> list[tuple[bytes, int]]:
    """(feature, sentence number) for each character 4-gram inside a padded word, and the
    characters and pairs of Chinese runs."""
    found: list[tuple[bytes, int]] = []
    for word, sentence in zip(message.words, message.sentence, strict=True):
        if not word.isascii() and _HAS_CJK.search(word):
            found.extend((feature, sentence) for feature in _cjk_features(word))
            continue
        found.extend((b"g" + gram, sentence) for gram in _grams(word))
    return found


FEATURES: dict[str, Callable[[Message], list[tuple[bytes, int]]]] = {
    "words": word_features,
    "chars": char_features,
}


def _word_buckets(message: Message, mask: int) -> dict[int, int]:
    """`hashed` for word features, without building them: a word's CRC is computed once per
    message, and a pair's continues the CRC of its first half (CRC-32 runs over
    concatenations), so the buckets equal those of `word_features` (a test checks it)."""
    crc32 = zlib.crc32
    found: dict[int, int] = {}
    single: dict[str, tuple[int, int, bytes]] = {}  # word -> (unigram crc, "b"+word crc, token)
    previous: tuple[int, int, bytes] | None = None
    previous_sentence = -1
    for word, sentence in zip(message.words, message.sentence, strict=True):
        if not word.isascii() and _HAS_CJK.search(word):
            for feature in _cjk_features(word):
                found.setdefault(crc32(feature) & mask, sentence)
            previous = None
            continue
        known = single.get(word)
        if known is None:
            token = _token(word)
            known = (crc32(b"w" + token), crc32(b"b" + token), b" " + token)
            single[word] = known
        found.setdefault(known[0] & mask, sentence)
        if previous is not None and previous_sentence == sentence:
            found.setdefault(crc32(known[2], previous[1]) & mask, sentence)
        previous, previous_sentence = known, sentence
    return found


def _gram_buckets(
    message: Message, mask: int, known: dict[str, list[int]] | None = None
) -> dict[int, int]:
    """`hashed` for character features: a word's buckets are computed once (per message, or
    once for all messages when the scorer passes its `known` map: most words of a message were
    in earlier ones), each 4-gram's CRC continuing that of the "g" prefix, so the buckets equal
    those of `char_features` (a test checks it). Buckets go in on a word's first occurrence in
    the message, in word order, whatever `known` holds: the same map, in the same order."""
    crc32 = zlib.crc32
    prefix = crc32(b"g")
    found: dict[int, int] = {}
    known = {} if known is None else known
    seen: set[str] = set()
    for word, sentence in zip(message.words, message.sentence, strict=True):
        if word in seen:
            continue
        seen.add(word)
        buckets = known.get(word)
        if buckets is None:
            if not word.isascii() and _HAS_CJK.search(word):
                buckets = [crc32(feature) & mask for feature in _cjk_features(word)]
            else:
                buckets = [crc32(gram, prefix) & mask for gram in _grams(word)]
            if len(known) >= _KNOWN_LIMIT:
                known.clear()
            known[word] = buckets
        for bucket in buckets:
            found.setdefault(bucket, sentence)
    return found


# E-mail header labels at the start of a line ("Subject:", "From:"): whether a collector or a
# forwarder kept them says how a message travelled, not what it asks. Read as words, they
# made the model take Enron's forwarded mail for the honeypot's scams (issue 15, round 12).
HEADER_LABELS = frozenset({"subject", "from", "to", "cc", "sent", "date"})


def without_headers(message: Message, limit: int | None = None) -> Message:
    """`message` cut to its first `limit` words (all when None), without the header labels
    among them that open a line and are followed by a colon. Cut first: the work stays
    bounded by `limit` (no message the model learned from is longer)."""
    words = message.words if limit is None else message.words[:limit]
    folded, starts, ends = message.folded, message.starts, message.ends
    drop = set()
    for at, word in enumerate(words):
        if word in HEADER_LABELS and folded[ends[at] : ends[at] + 3].lstrip(" \t")[:1] == ":":
            line = folded.rfind("\n", 0, starts[at]) + 1
            if not folded[line : starts[at]].strip():
                drop.add(at)
    if not drop:
        return first_words(message, limit)
    keep = [at for at in range(len(words)) if at not in drop]
    return replace(
        message,
        words=[words[at] for at in keep],
        starts=[starts[at] for at in keep],
        ends=[ends[at] for at in keep],
        sentence=[message.sentence[at] for at in keep],
    )


# A quoted reply thread ("... wrote:" closing a line, or lines opened by ">"): an ongoing
# correspondence, which the alone power never learned from (no real scam quotes one). Leaving
# such messages to the rules and the `raise_at` power spared an honest receipt request and
# lost no scam, out of fold by source (issue 15, round 17).
_REPLY_MARKS = ("wrote:", "\n>")
_QUOTED_REPLY = re.compile(r"(?m)\bwrote:[ \t]*$|^[ \t]*>")


def quotes_a_reply(folded: str) -> bool:
    """Whether the (folded) text quotes an earlier message of a reply thread."""
    if not folded.startswith(">") and not any(mark in folded for mark in _REPLY_MARKS):
        return False  # a literal check first: the pattern is multi-line
    return _QUOTED_REPLY.search(folded) is not None


def first_words(message: Message, limit: int | None) -> Message:
    """`message` cut to its first `limit` words (all of it when None or shorter)."""
    if limit is None or len(message.words) <= limit:
        return message
    return replace(message, words=message.words[:limit], sentence=message.sentence[:limit])


def hashed(
    message: Message, kind: str, buckets: int, known: dict[str, list[int]] | None = None
) -> dict[int, int]:
    """Bucket -> sentence of its first occurrence, for the features of `kind` (`known`: the
    caller's word -> character buckets map, for this `buckets` only, kept between calls)."""
    mask = buckets - 1
    if kind == "words":
        return _word_buckets(message, mask)
    if kind == "chars":
        return _gram_buckets(message, mask, known)
    crc32 = zlib.crc32
    found: dict[int, int] = {}
    for feature, sentence in FEATURES[kind](message):
        found.setdefault(crc32(feature) & mask, sentence)
    return found


class LearnedScorer:
    """Scores messages with a `LearnedModel`; build once, reuse for every message."""

    def __init__(self, model: LearnedModel) -> None:
        self.model = model
        self._weights = model.weights
        # Word -> its character-feature buckets, for this model's bucket count: a long
        # message's 4-grams were most of its cost when the learned part ran (round 16).
        self._known: dict[str, list[int]] = {}
        self._encoder: SentenceEncoder | None = None
        if model.encoder == NAME and model.encoder_weights is not None:
            self._encoder = SentenceEncoder.packaged()
            scaled = np.asarray(model.encoder_weights, dtype=np.float32) * model.encoder_scale
            self._encoder_weights = scaled

    def _encoded(self, message: Message) -> float:
        """The encoder's share of the log-odds (0 without an encoder)."""
        if self._encoder is None:
            return 0.0
        return float(self._encoder_weights @ self._encoder.embed(encoder_text(message)))

    def score(
        self, message: Message, words: int | None = None, reply: bool | None = None
    ) -> LearnedScore:
        """The model's log-odds for `message`, and which sentences pushed it up; `words` (its
        `length`) and `reply` (whether the alone power leaves it to the rules as a quoted reply
        thread), when the caller has them already: the scanner does, to decide whether to score."""
        limit = self.model.read_words
        if self.model.skip_headers:
            read = without_headers(message, limit)
        else:
            read = first_words(message, limit)
        found = hashed(read, self.model.features, self.model.buckets, self._known)
        if not found:
            return LearnedScore(self.model.bias, (), 0)
        scale = 1.0 / math.sqrt(len(found))  # presence features, unit length
        per_sentence: dict[int, float] = {}
        total = 0.0
        weights = self._weights
        for bucket, sentence in found.items():
            weight = weights.get(bucket)
            if weight is not None:
                total += weight
                per_sentence[sentence] = per_sentence.get(sentence, 0.0) + weight
        ranked = sorted(per_sentence.items(), key=lambda pair: -pair[1])
        if reply is None:
            reply = self.model.alone_skips_replies and quotes_a_reply(message.folded)
        logit = self.model.bias + total * scale + self._encoded(message)
        words = length(message) if words is None else words
        return LearnedScore(logit, tuple(ranked), words, reply)

"""The shared multilingual encoder's word-at-a-time tokenizer (knowledge/text_encoder.py,
issue 15 round 22) gives the package tokenizer's very pieces, so every vector is unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.text_encoder import SentenceEncoder, WordPieces


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    return SentenceEncoder.packaged()._model._tokenizer


def test_the_shipped_encoder_tokenizes_word_by_word(tokenizer: Any) -> None:
    """The shipped vocabulary meets both conditions, so the encoder uses the word cache."""
    assert WordPieces.exact_for(tokenizer)
    assert isinstance(SentenceEncoder.packaged()._model._model.sp, WordPieces)


_TEXTS = [
    "",
    "   ",
    "Please pay the balance to our NEW account at HSBC today.",
    "no pague a la cuenta antigua;  realice el pago a la nueva cuenta",
    "请把货款汇到我们新的账户，旧账户已冻结。",
    "新しい口座にお振込みください",
    "eski hesaba ödeme yapmayınız",
    "Оплатите, пожалуйста, на новый счёт",
    "a\u2581word with the mark\u2581\u2581inside, ﬁne ① Ⅻ \u200b hidden",
    "x" * 3000,
]


@pytest.mark.parametrize("text", _TEXTS)
def test_word_pieces_are_the_tokenizer_s_pieces(tokenizer: Any, text: str) -> None:
    pieces = WordPieces(tokenizer)
    for _ in range(2):  # the second time from the remembered words
        for bos, eos in ((True, True), (False, False)):
            expected = tokenizer.encode(text, out_type=int, add_bos=bos, add_eos=eos)
            assert pieces.encode(text, out_type=int, add_bos=bos, add_eos=eos) == expected


_CHARS = st.sampled_from([*"ab cé中文口座 ,.\t\n\u2581①ﬁ", "pay", "account", "账户"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join))
def test_any_text_gets_the_same_pieces(tokenizer: Any, text: str) -> None:
    expected = tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
    assert WordPieces(tokenizer).encode(text) == expected

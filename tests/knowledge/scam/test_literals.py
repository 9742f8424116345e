"""The one-pass cue search (`literals.Literals`) says exactly what `cue in text` says for each
cue, overlapping, nested, repeated, empty and non-ASCII cues included; the European readings
that use it still find what they found (their cases live in test_european.py); and a `gated`
pattern finds exactly what its pattern finds (round 22)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.scam import european, european_notices, new_account, outside_moves
from knowledge.scam.literals import Literals, _strings, gated, literals, required
from knowledge.scam.normalise import fold

_PIECES = ["a", "b", "ab", "ba", "aab", " ", "é", "e", "ü", "zoll", "pak", "pakket", "\n", "."]


@settings(max_examples=400)
@given(
    cues=st.lists(st.lists(st.sampled_from(_PIECES), max_size=4).map("".join), max_size=8),
    text=st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
)
def test_present_is_each_cue_in_the_text(cues: list[str], text: str) -> None:
    assert Literals(cues).present(text) == {cue for cue in cues if cue in text}


def test_european_gate_answers_as_the_plain_scans() -> None:
    """On text with and without the European cue words, the readings due are the same."""
    readings = (
        european._WIRE_CUES,
        european._GIFT_CUES,
        european.FEE_CUES,
        european._REMINDER_CUES,
        european._OFFSHORE_CUES,
    )
    every = [cue for cues in readings for cue in cues]
    texts = ["", "hello, the invoice is attached.", " ".join(every), *every, every[0][1:]]
    for text in texts:
        present = literals(readings).present(text)
        for cues in readings:
            assert (not present.isdisjoint(cues)) == any(cue in text for cue in cues)


# Round 22: `gated` patterns answer as the plain ones. Patterns of every shape `required`
# reads (alternatives, groups, optional and repeated parts, anchors, classes, lookarounds),
# over texts from a small alphabet that reaches both answers.
_SHAPES = [
    r"abc|de(?:f|g)h",
    r"\bab\w* ba\b",
    r"(?:a )?ba|b[ae]+a",
    r"(?P<one>ab|ba) (?:aab)+|z?ü",
    r"a*b|(?:é|e)ü",
    r"(?<=a)ba(?!b)|pak(?:ket)?",
    r"^ab|ba$|\n\.",
    r"(?:ab|)ba",
    r"(?i)AB",
    r"a{2,}b{0,1}é",
]
_TEXT_PIECES = [
    "a",
    "b",
    "ab",
    "ba",
    "aab",
    " ",
    "é",
    "e",
    "ü",
    "z",
    "pak",
    "ket",
    "\n",
    ".",
    "AB",
]


@settings(max_examples=500)
@given(
    shape=st.sampled_from(_SHAPES),
    text=st.lists(st.sampled_from(_TEXT_PIECES), max_size=24).map("".join),
)
def test_a_gated_pattern_finds_what_the_pattern_finds(shape: str, text: str) -> None:
    pattern = re.compile(shape)
    plain, gate = pattern.search(text), gated(pattern).search(text)
    assert (plain and (plain.span(), plain.groupdict())) == (
        gate and (gate.span(), gate.groupdict())
    )


def test_required_reads_alternatives_groups_and_optional_parts() -> None:
    """A sequence needs all of its parts, alternatives any of theirs; an optional part, a
    class or a case-insensitive pattern needs nothing."""
    assert required(re.compile(r"\bfoo\w* bar")) == (
        "all",
        (("literal", "foo"), ("literal", " bar")),
    )
    assert required(re.compile(r"(?:x )?yz|kont[ao]")) == (
        "any",
        (("literal", "yz"), ("literal", "kont")),
    )
    assert required(re.compile(r"x?|yz")) is None
    assert required(re.compile(r"(?i)abc")) is None


_SHIPPED = {
    "new_account": ("_OLD", "_NEW", "_BLOCKED", "ASK", "WARNS_MORE"),
    "outside_moves": ("_OUTSIDE", "_HELD"),
    "european_notices": ("WARNS", "_PROPER_CHANNEL"),
}
_MODULES = {
    "new_account": new_account,
    "outside_moves": outside_moves,
    "european_notices": european_notices,
}
# Real-shaped pieces in the readings' languages, and English around them.
_PHRASES = [
    "no pague a la cuenta antigua", "ne payez plus sur l'ancien compte", "nuestra nueva cuenta",
    "eski hesaba ödeme yapmayınız", "không thanh toán vào tài khoản cũ", "neue bankverbindung",
    "ödemeyi alibaba dışında yaparız", "hacemos el pago fuera de alibaba", "새 계좌로 송금",
    "la cuenta está bloqueada por auditoría", "zollkaution", "retenido en aduana",
    "attention arnaque", "nicht geändert", "nächsten rechnung", "per posta", "الحساب القديم",
    "please pay the invoice", "contact our accounts team", "distribution start now", "no ",
    "our old account", "the new iban", "alibaba", " ", ".", "\n",
]  # fmt: skip


def _pieces() -> list[str]:
    """The shipped patterns' own literals, whole and halved, beside the phrases above."""
    found = list(_PHRASES)
    for module, names in _SHIPPED.items():
        for name in names:
            need = required(getattr(_MODULES[module], name).pattern)
            assert need is not None, name
            for literal in _strings(need):
                found.extend((literal, literal[: len(literal) // 2], literal[len(literal) // 2 :]))
    return found


_ALL_PIECES = _pieces()


@settings(max_examples=600)
@given(
    st.lists(st.sampled_from(_ALL_PIECES), max_size=12).map(lambda parts: fold(" ".join(parts))[0])
)
def test_the_shipped_gates_keep_every_answer(text: str) -> None:
    """Each gated pattern of the round-20 readings answers as its plain pattern."""
    text = fold(text)[0]
    for module, names in _SHIPPED.items():
        for name in names:
            gate = getattr(_MODULES[module], name)
            plain, found = gate.pattern.search(text), gate.search(text)
            assert (plain and plain.span()) == (found and found.span()), name

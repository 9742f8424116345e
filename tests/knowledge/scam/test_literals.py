"""The one-pass cue search (`literals.Literals`) says exactly what `cue in text` says for each
cue, overlapping, nested, repeated, empty and non-ASCII cues included; and the European
readings that use it still find what they found (their cases live in test_european.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.scam import european
from knowledge.scam.literals import Literals, literals

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

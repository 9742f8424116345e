"""Round 17's literal prefilters answer as the patterns they guard: a pattern asked only when
one of its required literals is in the text finds exactly what it finds asked every time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.scam import adjust

_PROCEDURE_PIECES = [
    *("if ", "in the event ", "should ", "when you need ", "whenever ", "to change ", "to "),
    *("update ", "amend ", "or change ", "your ", "their ", "bank", "account", "payout"),
    *("settlement", "our new ", "my account has been changed", "please pay ", "kindly use "),
    *(" ", ".", "\n", "a", "é", "to changes", "xto amend ", "To Change "),
    *("if you need to change your bank account", "should they wish to amend their payout"),
]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_PROCEDURE_PIECES), max_size=16).map("".join))
def test_own_procedure_prefilter_keeps_the_answer(text: str) -> None:
    """`_own_procedure` answers as the three patterns asked without the verb prefilter."""
    plain = (
        adjust._OWN_PROCEDURE.search(text) is not None
        and adjust._WRITER_CHANGED.search(text) is None
        and adjust._USE_REQUEST.search(text) is None
    )
    assert adjust._own_procedure(text) == plain


def test_own_procedure_pieces_reach_both_answers() -> None:
    """The pieces above make texts the reading finds and texts it does not."""
    assert adjust._own_procedure("if you need to change your bank account.")
    assert not adjust._own_procedure("if you need to change your bank account, please pay now")

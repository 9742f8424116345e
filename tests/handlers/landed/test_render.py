"""The phone renderer on its own: whatever the figures, the block stays 32 characters wide."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.landed.views import WIDTH, render_estimate, row, wrap
from tests.knowledge.landed.support import estimate, rules

_PRE = re.compile(r"<pre>(.*?)</pre>", re.DOTALL)


def widest(html: str) -> int:
    """The widest line of the <pre> block (entities count as one character)."""
    block = _PRE.search(html)
    assert block is not None
    lines = block.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return max(len(line) for line in lines.split("\n"))


def test_row_right_aligns_and_falls_back_to_two_lines() -> None:
    """A label and amount share a line when they fit, else the amount goes below."""
    assert row("Goods", "10.00") == ["Goods" + " " * 22 + "10.00"]
    long = row("Customs broker and port fees", "1,234,567.89")
    assert long == ["Customs broker and port fees", "1,234,567.89".rjust(WIDTH)]
    assert all(len(line) <= WIDTH for line in wrap("x" * 100, "  "))


@settings(max_examples=60, deadline=None)
@given(
    quantity=st.integers(min_value=1, max_value=999_999_999),
    price=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(99_999_999), places=4),
    duty=st.decimals(min_value=Decimal(0), max_value=Decimal(999), places=2),
    place=st.sampled_from(["US sea", "DE air", "AU express", "NZ sea", "BR road", "GB rail"]),
    currency=st.sampled_from(["USD", "JPY", "KWD", "VND"]),
)
def test_block_never_exceeds_the_phone_width(
    quantity: int, price: Decimal, duty: Decimal, place: str, currency: str
) -> None:
    """Any quantity, price, duty, destination and display currency fits 32 columns."""
    line = (
        f"{quantity} pcs @ {price} usd fob freight 4.5/kg wt 800kg vol 3cbm ins 0.3% "
        f"duty {duty}% broker 300 other 500 cont 5% to {place}"
    )
    fx = {"JPY": "155", "KWD": "0.307", "VND": "26000"}
    result = estimate(line, fx=fx, currency=currency)
    assert widest(render_estimate(rules().currencies, result)) <= WIDTH

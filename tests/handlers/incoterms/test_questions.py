"""/incoterm's answers to questions through the real Application (issue 13)."""

from __future__ import annotations

from bot.offline.chat_user import OfflineUser
from tests.handlers.incoterms.test_buttons import only_message


async def test_who_pays_thc_under_fob(alice: OfflineUser) -> None:
    """The answer names who pays at origin and at destination."""
    reply = only_message(await alice.send("/incoterm who pays THC under FOB?"))
    assert "origin THC included" in reply.text
    assert "THC at the destination port are yours" in reply.text


async def test_exw_or_fob_which_is_better_for_me(alice: OfflineUser) -> None:
    """The comparison, then when each rule suits the buyer."""
    reply = only_message(await alice.send("/incoterm exw or fob which is better for me?"))
    assert reply.text.startswith("EXW vs FOB")
    assert "Which suits you" in reply.text


async def test_fob_vs_cif_vs_exw_shows_all_three(alice: OfflineUser) -> None:
    """All three rules in the table and as buttons; the table fits a phone."""
    reply = only_message(await alice.send("/incoterm fob vs cif vs exw"))
    assert reply.text.startswith("FOB vs CIF vs EXW")
    assert [b.text for b in reply.flat_buttons()][:3] == ["FOB", "CIF", "EXW"]
    table = reply.html.split("<pre>")[1].split("</pre>")[0]
    assert max(len(line) for line in table.splitlines()) <= 32


async def test_ddp_to_amazon_fba_warns_about_importer_of_record(alice: OfflineUser) -> None:
    """The seller must act as importer of record; the DDP card is one tap away."""
    reply = only_message(await alice.send("/incoterm ddp to amazon fba"))
    assert "importer of record" in reply.text
    assert "DDP" in [b.text for b in reply.flat_buttons()]


async def test_three_rules_inline(alice: OfflineUser) -> None:
    """Inline mode offers the three-way comparison as one card."""
    [event] = await alice.inline("fob vs cif vs exw")
    results = event.payload["results"]
    assert results[0]["title"] == "FOB vs CIF vs EXW"


async def test_who_pays_unloading_under_dap_answers_first(alice: OfflineUser) -> None:
    """The payer comes first, in bold, then the DAP card with its table."""
    reply = only_message(await alice.send("/incoterm who pays unloading under DAP?"))
    assert reply.text.startswith("Unloading under DAP: the buyer pays.")
    assert "<b>Unloading under DAP: the buyer pays.</b>" in reply.html
    assert "DAP · Delivered at Place" in reply.text

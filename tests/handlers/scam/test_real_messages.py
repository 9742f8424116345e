"""Issue 15 through the real Application: vetted suppliers cross-checked, honest notices kept
honest, Chinese account changes caught, and a score that always agrees with its band."""

from __future__ import annotations

import re

import aiosqlite
import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import only_reply

NEW_PAYEE = (
    "Dear buyer, for the balance please remit to our partner account. Beneficiary name: "
    "Sunrise Trading (HK) Limited, HSBC Hong Kong."
)
BANDS = {"🔴": (60, 100), "🟠": (25, 59), "🟡": (0, 24), "⚪": (0, 0)}


async def test_a_payee_that_is_not_the_vetted_supplier_is_named_with_both_names(
    alice: OfflineUser,
) -> None:
    """After /vet of one company, a message paying another names both in its finding."""
    await alice.send("/vet Guangzhou Sunrise Industrial")
    reply = only_reply(await alice.forward(NEW_PAYEE))
    assert reply.text.startswith("🔴 High risk")
    assert (
        "The message names Sunrise Trading (HK) Limited; you vetted Guangzhou Sunrise "
        "Industrial." in reply.text
    )


async def test_the_vetted_supplier_itself_as_payee_is_no_mismatch(alice: OfflineUser) -> None:
    """Paying the very company the chat vetted raises no name finding."""
    await alice.send("/vet Guangzhou Sunrise Industrial")
    reply = only_reply(
        await alice.forward("Beneficiary: Guangzhou Sunrise Industrial Co., Ltd. Thank you.")
    )
    assert "you vetted" not in reply.text


async def test_a_supplier_notice_that_bank_details_have_not_changed_is_not_an_alarm(
    alice: OfflineUser,
) -> None:
    """The issue's honest notice is answered low, never high."""
    reply = only_reply(
        await alice.forward(
            "Please note: our bank details have NOT changed. We will never change them by "
            "e-mail. Beware of fraudsters; pay only via Trade Assurance."
        )
    )
    assert not reply.text.startswith(("🔴", "🟠"))


async def test_an_account_change_written_in_chinese_is_high_risk(alice: OfflineUser) -> None:
    """A Chinese account-change message is caught and quoted as written."""
    reply = only_reply(
        await alice.forward("由于我司财务系统升级,原账户已停止使用,本次货款请汇至以下新账户。")
    )
    assert reply.text.startswith("🔴 High risk")
    assert "原账户已停止使用" in reply.text


async def test_the_score_always_lies_in_its_band(alice: OfflineUser) -> None:
    """Whatever the message, the shown score sits inside the shown band's range."""
    for text in (
        NEW_PAYEE,
        "Please send the payment to my personal account.",
        "Add me on WhatsApp +86 138 0000 0000. Pay 100% today, stock is limited.",
        "Payment terms: 30% T/T deposit, 70% before shipment. We accept L/C and PayPal too.",
    ):
        reply = only_reply(await alice.forward(text))
        found = re.match(r"(\S+) .*score (\d+)/100", reply.text)
        assert found is not None, reply.text
        low, high = BANDS[found.group(1)]
        assert low <= int(found.group(2)) <= high, reply.text.splitlines()[0]


async def test_another_suppliers_honest_bank_details_raise_no_vetted_finding(
    alice: OfflineUser,
) -> None:
    """A chat that vetted one supplier also buys from others: another supplier's proforma
    with its own beneficiary is answered as it would be with nothing vetted."""
    honest = (
        "Please find our proforma invoice PI-2025-118 attached. Beneficiary: Ningbo Sunrise "
        "Houseware Co., Ltd. Bank: Bank of China Ningbo Branch. Price valid for 30 days."
    )
    before = only_reply(await alice.forward(honest))
    await alice.send("/vet Guangzhou Sunrise Industrial")
    after = only_reply(await alice.forward(honest))
    assert "you vetted" not in after.text
    assert after.text.split("\n")[0] == before.text.split("\n")[0]  # the same verdict line


async def test_a_forward_costs_one_database_trip_for_the_scan_two_with_a_payee(
    alice: OfflineUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving the scan finds the earlier check in the same statement, and the vetted
    suppliers are read only when the message names a payee or a company."""
    trips: list[str] = []
    real = aiosqlite.Connection.execute_fetchall

    async def counted(self: aiosqlite.Connection, sql: str, *args: object) -> object:
        trips.append(sql)
        return await real(self, sql, *args)

    monkeypatch.setattr(aiosqlite.Connection, "execute_fetchall", counted)
    monkeypatch.setattr(aiosqlite.Connection, "execute", _no_other_trip)
    only_reply(await alice.forward("Please pay the balance to our new account today."))
    assert [sql.split()[0] for sql in trips] == ["INSERT"]  # the scan saved, the past found
    assert not any("vet_suppliers" in sql for sql in trips)
    scan_trips = len(trips)
    trips.clear()
    only_reply(await alice.forward(NEW_PAYEE))
    assert len(trips) == scan_trips + 1
    assert any("vet_suppliers" in sql for sql in trips)


def _no_other_trip(*args: object, **kwargs: object) -> object:
    raise AssertionError("a scam check opened a transaction or a cursor")

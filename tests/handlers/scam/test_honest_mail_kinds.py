"""Round 12 (issue 15) through the real Application: for each kind of honest business mail the
rules no longer raise, the honest look-alike is answered below medium and its scam twin (the
same context turned into a demand) is still answered medium or high."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import RAISED, honest_low_twin_raised, only_reply

MERGER = "Our bank merged, resulting in a new IBAN and BIC.\nIBAN: DE12 5505 0120 0000 1234 56\n"
TERMS = "Payment terms:\nBank Transfer (T/T), Cash, Western Union\n"
# (kind, honest look-alike, scam twin)
KINDS = [
    (
        "a bank's one-time-code text",
        "OTP to MAKE A NEW PAYMENT of GBP 9,441.29 to account ending 4471. Please call us if "
        "this wasn't you. NEVER share this code, not even with bank staff.",
        "You will get an OTP from your bank. Send it to us on WhatsApp. Never share it with "
        "others.",
    ),
    (
        "a payment window of days",
        "Please transfer the total amount to the account below. Please make sure your "
        "payment is with us within 7 days or your order will be cancelled.",
        "Please transfer the total amount to the account below. Please make sure your "
        "payment is with us within 2 hours or your order will be cancelled.",
    ),
    (
        "a bank merger with the old details working",
        MERGER + "The former IBAN will continue to work and the bank maps it.",
        MERGER + "The old account is closed; please pay the open invoice to the new IBAN today.",
    ),
    (
        "a help article promising an update link",
        "Once your merchant has asked for it, you will receive an email with a unique link "
        "to update your bank details. The link expires after 24 hours.",
        "Dear customer, please use this link to update your bank details: "
        "http://secure-update.example.com",
    ),
    (
        "a company's figures in a trade story",
        "Company B claimed to be a tile wholesaler with annual sales of 80 million U.S. "
        "dollars and planned an order of about US$170,000.",
        "Dear friend, my late client left 10.5 million US dollars with no next of kin. Reply "
        "so we can share the funds.",
    ),
    (
        "a service asking whether you were charged twice",
        "However, if you think you have been charged or paid twice for the same fee, please "
        "let us know and we will add credit to your account.",
        "You have been charged $499.99 for the renewal of your plan. If you think this is a "
        "mistake, call us at 1-888-555-0199 to cancel.",
    ),
    (
        "an account trouble being prevented",
        "Filing bank identity details to prevent our account from being suspended: treasurer "
        "to ping. No change on bank account at the present time.",
        "Our account is suspended so please pay to the account below to prevent delays.",
    ),
    (
        "a Chinese payment-terms notice",
        "尊敬的客户:\n请您务必确保接收邮箱准确无误,以便第一时间获取票据信息。\n"
        "4. 逾期付款政策更新\n若未能按时付款,公司将收取一定比例的滞纳金。",
        "尊敬的客户:\n您的企业邮箱容量已满,将于今日停用。请点击链接登录验证。",
    ),
    (
        "a due-date clause",
        "You will be required to pay the Charges in full on or before the Payment Date unless "
        "otherwise agreed by us in writing.",
        "Please pay 100% before production to our new bank account, the delivery date is 20 "
        "days after payment.",
    ),
    (
        "a terms page listing its methods",
        TERMS + "Normally 30% deposit is required, balance must be arrived before shipment.",
        TERMS + "For this order the balance must be sent today by Western Union to our "
        "manager, please send me the MTCN.",
    ),
    (
        "saying what a file is attached to",
        "Show payment information (the same that appears in the bank transfer notification "
        "email it is attached to). Many companies cannot make a payment unless they have an "
        "invoice, so the process matters.",
        "Good morning, the invoice for the bank transfer is attached to this email. Kindly "
        "process it for payment.",
    ),
    (
        "a payer checking the details are unchanged",
        "Before we make the payment, could you please confirm if the payment address is "
        "still the same as in your application?",
        "Please confirm the payment of the attached invoice today.",
    ),
]


@pytest.mark.parametrize(("kind", "honest", "twin"), KINDS, ids=[k for k, _, _ in KINDS])
async def test_an_honest_kind_is_not_raised_but_its_scam_twin_is(
    alice: OfflineUser, kind: str, honest: str, twin: str
) -> None:
    await honest_low_twin_raised(alice, kind, honest, twin)


OWN_CARD = (
    "We have no company card yet, so Max has been paying with his own card. I'd like to "
    "write him a check for the internet this month."
)


async def test_a_bill_paid_with_someones_own_card_is_never_high(alice: OfflineUser) -> None:
    """The rules keep a colleague's own card paying a bill low (tests/knowledge/scam); round
    15's rebuilt model (`alone_at` 1.03) scores this written note 1.08 and raises it to medium
    on its own. A known false alarm of the learned part on our own example, kept visible
    here: it must never reach high, and the twin that asks to pay a card stays raised."""
    calm = only_reply(await alice.forward(OWN_CARD))
    assert not calm.text.startswith("🔴"), calm.text.splitlines()[0]
    alarm = only_reply(
        await alice.forward(
            "We have no company account yet, so please pay the deposit to his own card. I "
            "will send the number today."
        )
    )
    assert alarm.text.startswith(RAISED), alarm.text.splitlines()[0]


async def test_full_payment_up_front_alone_is_advice_not_an_alarm(alice: OfflineUser) -> None:
    """A supplier's terms asking 100% before production (a commercial risk the buyer should
    push back on, not a sign of fraud) are answered low, with the finding and what to offer
    instead (round 13: alone it raised no scam and five honest terms pages)."""
    reply = only_reply(
        await alice.forward(
            "Payment terms: for the first order we need 100% payment before production. "
            "From the second order 30% deposit and 70% before shipment."
        )
    )
    assert not reply.text.startswith(RAISED), reply.text.splitlines()[0]
    assert "Full payment up front" in reply.text
    assert "deposit" in reply.text

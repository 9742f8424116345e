"""What to do, for the readings whose category's general advice names the wrong place.

Owns the what-to-do sentences a reading carries on its finding (`FoldedHit.advice`,
`Lure.advice`, round 19) when its category's advice in `data/red_flags.yaml` does not fit the
message: `fake_notice` says "open Alibaba yourself", which is no help against a fake market
regulator, a refund SMS, a parcel fee or a tax notice; `unusual_transfer` says "call the
colleague back", which is no help against a "safe account" caller. The reply prefers these.
Plain text in our own words; it finds and decides nothing.
"""

from __future__ import annotations

REGISTRY = (
    "Pay nothing, reply nothing and do not tap the link. Look your company up yourself on "
    "the regulator's official public system, or ask your local market regulator on a number "
    "you find yourself, not one in the message."
)
REFUND = (
    "Do not open the link, scan the code or type in card details. Look for the refund in "
    "your own terminal's or payment app, or call the provider on the number on its official "
    "site."
)
SAFE_ACCOUNT = (
    "Move no money and end the call or chat. Call the police or your bank yourself, on a "
    "number you look up, not one the caller or the message gives."
)
SIGN_IN = (
    "Do not sign in or type any details through the link. Open the bank's or service's app, "
    "or type its address yourself; if you already signed in through it, change the password "
    "and tell your bank at once."
)
TAX = (
    "Do not tap the link, scan the code or open the file. Sign in to your tax account or the "
    "official tax app yourself, or call the tax office on its published number."
)
PARCEL = (
    "Do not pay or tap the link. Type the tracking number into the carrier's own site or app "
    "yourself; if a fee is really due, it shows there."
)
CALL_BACK = (
    "Do not call the number in the message and let no one onto your computer. Look at the "
    "account or order it names in that service's own app or site; if nothing is there, "
    "delete the message."
)
CANCEL = (
    "Do not tap the link to cancel anything. Open the account it names in that service's own "
    "app or site yourself; a real request or change shows there."
)
DOMAIN = (
    "Do not reply, confirm or pay. If you want to know about your domain or brand name, ask "
    "the registrar you already use, through its own site."
)
LINK_TEXT = (
    "Do not tap the link. Open the app or site of the company the text names yourself, or "
    "call it on the number on its official site."
)
OFFICIAL = (
    "Do not call back the number given and pay no fee. Ask the office itself, on a number "
    "from its official site."
)

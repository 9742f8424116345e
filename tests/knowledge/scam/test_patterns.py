"""Pattern detectors: wallets, bank identifiers with change wording, links, mail, messengers."""

from __future__ import annotations

import pytest

from tests.knowledge.scam.support import scan


def _evidence(text: str, category: str) -> list[tuple[str, str]]:
    return [(f.evidence, f.excerpt) for f in scan(text).findings if f.category == category]


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7", "TRON wallet"),
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "Bitcoin wallet"),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "Bitcoin wallet"),
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "Bitcoin wallet"),
        ("0x52908400098527886E0F7030069857D2E4169EE7", "Ethereum-style wallet"),
    ],
)
def test_wallet_address_is_found_without_any_wording(address: str, network: str) -> None:
    """A bare wallet address is a crypto finding, quoted exactly."""
    assert (network, address) in _evidence(f"Details: {address} thanks", "crypto")


def test_wallet_with_broken_checksum_is_ignored() -> None:
    """A base58 string whose checksum fails is not an address (order ids, random codes)."""
    assert scan("Ref 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 attached").findings == ()


IBAN_AND_SWIFT = "IBAN GB82 WEST 1234 5698 7654 32, SWIFT WESTGB2L, account no. 6217001234567890"


def test_bank_identifiers_with_change_wording_are_flagged() -> None:
    """IBAN, SWIFT and account number are quoted when the message speaks of a new account."""
    found = _evidence(f"Please use our new bank account. {IBAN_AND_SWIFT}", "changed_bank_details")
    assert ("IBAN", "GB82 WEST 1234 5698 7654 32") in found
    assert ("SWIFT/BIC code", "WESTGB2L") in found
    assert ("account number", "6217001234567890") in found


def test_bank_identifiers_on_an_ordinary_invoice_are_not_flagged() -> None:
    """The same details on a proforma invoice without change wording raise nothing."""
    assert scan(f"Proforma invoice 118, payment by T/T. {IBAN_AND_SWIFT}").findings == ()


def test_invalid_iban_and_bic_are_not_reported() -> None:
    """Identifiers that fail python-stdnum's checks are not quoted as bank details."""
    text = "Our bank account changed: IBAN GB82 WEST 1234 5698 7654 31, SWIFT ABCDXX12."
    labels = {evidence for evidence, _ in _evidence(text, "changed_bank_details")}
    assert "IBAN" not in labels
    assert "SWIFT/BIC code" not in labels


@pytest.mark.parametrize(
    "link",
    [
        "https://alibaba-secure.com/login",
        "http://alibaba.com.verify-order.net/pay",
        "a1ibaba.com/account",
        "https://аlibaba.com/ta",  # Cyrillic а
        "https://xn--libaba-2ve.com/",  # punycode of a Cyrillic-а alibaba
        "www.aliexpres-refund.shop",
        "https://trade-assurance-alibaba.help/release",
        "tmall-shop.top",
    ],
)
def test_lookalike_alibaba_link_is_flagged(link: str) -> None:
    """A host that borrows an Alibaba brand without being a group domain is a look-alike."""
    found = [f for f in scan(f"Open {link} today").findings if f.category == "fake_notice"]
    assert found, link
    assert found[0].excerpt == link
    assert found[0].blocking


@pytest.mark.parametrize(
    "link",
    [
        "https://www.alibaba.com/trade/search",
        "https://message.alibaba.com/message/default.htm",
        "brightcrafts.en.alibaba.com",
        "https://www.aliexpress.com/item/1005.html",
        "https://detail.1688.com/offer/6612.html",
        "https://login.taobao.com",
        "https://www.alibabacloud.com/help",
        "https://render.alipay.com/p/s",
        "http://sunrise-houseware.com/catalogue.pdf",
    ],
)
def test_real_alibaba_group_and_company_links_are_fine(link: str) -> None:
    """Group domains and their subdomains, and ordinary company sites, raise nothing."""
    assert scan(f"See {link} for details").findings == ()


@pytest.mark.parametrize(
    "link",
    [
        "dhl-parcel-care.com/pay",
        "https://fedex-import-duties.top/",
        "ups.com-duty-payment.xyz",
        "dhl.top/release",
        "dhl.com.pay-duty.net",
        "dh1-express.com",
        "sfexpress-customs.com",
    ],
)
def test_lookalike_carrier_link_is_flagged(link: str) -> None:
    """A host that borrows a carrier's name with other words or an odd ending is a look-alike."""
    found = [f for f in scan(f"Duty is due at {link}").findings if f.category == "fake_notice"]
    assert [f.excerpt for f in found] == [link], found
    assert found[0].blocking


@pytest.mark.parametrize(
    "link",
    [
        "https://www.dhl.com/cn-en/home/tracking.html",
        "https://www.dhl.de/de/privatkunden.html",
        "dhl.co.uk",
        "fedex.com.cn",
        "ups.com/track?tracknum=1Z999",
        "https://www.sf-express.com/cn/en/",
        "mydhl.express.dhl/cn/en",
        "ems-solutions.com",
    ],
)
def test_carrier_sites_and_national_sites_are_fine(link: str) -> None:
    """A carrier's own site, or its name with only a country ending, raises nothing."""
    assert scan(f"Track the parcel on {link} please").findings == ()


def test_link_shortener_is_a_medium_warning() -> None:
    """A shortened link is flagged at medium severity."""
    found = scan("Order details: https://bit.ly/3xYz9 please check").findings
    assert [(f.category, f.severity.value, f.excerpt) for f in found] == [
        ("fake_notice", "medium", "https://bit.ly/3xYz9")
    ]


@pytest.mark.parametrize(
    "address",
    ["lily.trade@gmail.com", "sales2024@163.com", "tom@qq.com", "kevin@yeah.net", "x@hotmail.com"],
)
def test_personal_webmail_is_a_low_note(address: str) -> None:
    """A free mailbox is noted at low severity; a company domain is not."""
    found = scan(f"Write to {address} please").findings
    assert [(f.category, f.severity.value, f.excerpt) for f in found] == [
        ("off_platform_contact", "low", address)
    ]
    assert scan("Write to sales@ningbo-sunrise.com please").findings == ()


def test_lookalike_mail_domain_is_a_fake_notice() -> None:
    """A sender address on a look-alike domain is flagged like a look-alike link."""
    assert "fake_notice" in scan("From: service@alibaba-support.help").categories


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp: +86 138 1234 5678",
        "add my wechat 13812345678 for pictures",
        "Tel/WhatsApp +86-574-8765-4321",
        "chat with me https://wa.me/8613812345678",
        "my telegram t.me/lucy_factory",
    ],
)
def test_number_or_link_offered_for_a_messenger_is_noted(text: str) -> None:
    """Messenger numbers and links are a low off-platform note."""
    result = scan(text)
    assert "off_platform_contact" in result.categories, result.findings


def test_plain_phone_number_is_not_a_messenger_offer() -> None:
    """A phone number with no messenger named near it raises nothing."""
    assert scan("Office tel: +86 574 8765 4321, fax +86 574 8765 4322").findings == ()


def test_outside_link_for_a_payment_slip_is_flagged() -> None:
    """A payment copy offered as a link, not an attachment, is an open-or-log-in warning."""
    text = "Payment done, the TT copy is here: www.transfer-copy-docs.net/x9 please check."
    found = [f for f in scan(text).findings if f.category == "open_or_log_in"]
    assert [f.excerpt for f in found] == ["www.transfer-copy-docs.net/x9"]


def test_outside_link_without_document_talk_raises_nothing() -> None:
    """A company site or a catalogue link is ordinary, whatever words the host holds."""
    assert scan("Our catalogue: www.copy-slip-factory.com/catalogue.pdf").findings == ()

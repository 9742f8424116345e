"""Pattern detectors of the scam check: wallets, bank identifiers, messenger numbers, links.

Owns what can be recognised by its shape rather than its wording: crypto wallet addresses
(Bitcoin, Ethereum, TRON; checksums verified with `base58` where the format has one), IBANs
and SWIFT/BIC codes (verified with python-stdnum) and labelled account numbers, phone numbers
offered for WhatsApp/WeChat and the like, a link replaced by a note that it was fake, and,
through `scam_links`, links and e-mail addresses. Bank identifiers are reported only when
the message talks of a new or changed account: a proforma invoice with bank details is
ordinary. Reports hits with spans in the
ORIGINAL text; knows nothing of categories, scores or wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import base58
from stdnum import bic, iban

from knowledge.scam.links import LinkDetector, PatternHit
from knowledge.scam.normalise import Message, normalise
from knowledge.scam.red_flags import ContextCues, Detector, Domains

__all__ = ["PatternDetectors", "PatternHit"]

# Wallets are matched on the original text: base58 is case-sensitive.
_ETHEREUM = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
_BASE58 = re.compile(r"(?<![0-9A-Za-z])[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])")
# Bech32 has its own checksum, but the reference package predates Taproot's variant, so the
# shape is checked instead: "bc1", then 39 or 59 characters of the bech32 alphabet.
_BECH32 = re.compile(
    r"(?<![0-9A-Za-z])bc1(?:[02-9ac-hj-np-z]{59}|[02-9ac-hj-np-z]{39})(?![0-9A-Za-z])",
    re.IGNORECASE,
)
_LONG_RUN = re.compile(r"[0-9A-Za-z]{26,}")
_SHORTEST_ADDRESS = 26  # characters in the shortest address any of these patterns matches
# Version bytes of base58check addresses: Bitcoin pay-to-key and pay-to-script, TRON.
_BASE58_VERSIONS = {0x00: "Bitcoin", 0x05: "Bitcoin", 0x41: "TRON"}
_BASE58_PAYLOAD = 21  # version byte + 20-byte hash

# Bank identifiers are matched on the folded (lower-case) text. Patterns below open on a
# letter or one character class, with their look-behind after it ("swift" not inside a
# word: `s(?<![a-z]s)wift`): the regex engine then skips to the characters that can start
# a match, where a pattern opening on a look-behind is tried at every position (on a
# 4,096-character message, 65 µs against 10-30 µs each).
_IBAN = re.compile(r"(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]){11,32}")
# Where an IBAN can start: two letters not inside a word before two digits, found from the
# digits (rare in text); the IBAN search starts there, or not at all.
_IBAN_START = re.compile(r"\d(?<=(?<![a-z0-9])[a-z]{2}\d)\d")
_IBAN_SHORTEST = 15  # Norway
_SWIFT = re.compile(
    r"(?:s(?<![a-z]s)wift|b(?<![a-z]b)ic)(?: ?code)?\s*(?:no\.?|number|#)?\s*[:#.\-]?\s*"
    r"(?P<code>[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)(?![a-z0-9])"
)
_ACCOUNT = re.compile(
    r"a(?<![a-z]a)(?:ccount|cct|/c)\.?\s*(?:no\.?|number|num|#)?\s*[:#.\-]?\s*"
    r"(?P<number>\d(?:[ \-]?\d){7,33})(?!\d)"
)
# A phone number: "+" or a digit not inside a word, digits and separators, a last digit
# (opens on its first character, as above).
_PHONE = re.compile(r"[+\d](?<![\w+][+\d])(?:(?<=\+)\d|(?<=\d))[\d \-().]{6,20}\d(?!\w)")
_PHONE_DIGITS = range(8, 16)
# A link replaced by a note saying what it was ("[fake link]", "(bogus link here)"): how
# advisories and forwarded copies show a scam's link without it working.
_MARKED_LINK = re.compile(
    r"[\[(<{]\s*(?:a\s+|the\s+)?(?:fake|bogus|malicious|phishing|scam|spoofed|fraudulent"
    r"|dangerous|suspicious|harmful)\s+(?:link|url|website|site|web\s?page|login\s+page)"
    r"(?:\s+(?:here|removed|redacted))?\s*[\])>}]",
    re.IGNORECASE,
)
_MARKS = ("fake", "bogus", "malicious", "phishing", "scam", "spoofed", "fraudulent", "dangerous",
          "suspicious", "harmful")  # fmt: skip
_CUE_BEFORE = 40  # characters before a number searched for a messenger name
_CUE_AFTER = 20


def _wallets(message: Message) -> Iterator[PatternHit]:
    # Addresses are long unbroken runs of letters and digits: look only at those. Such a run
    # is also one long normalised word (ASCII letters and digits fold one to one), so a
    # message without one needs no search at all.
    if max(map(len, message.words), default=0) < _SHORTEST_ADDRESS:
        return
    text = message.original
    for run in _LONG_RUN.finditer(text):
        yield from _wallets_in(text, *run.span())


def _wallets_in(text: str, start: int, end: int) -> Iterator[PatternHit]:
    for match in _ETHEREUM.finditer(text, start, end):
        yield PatternHit(Detector.CRYPTO_WALLET, *match.span(), "Ethereum-style wallet")
    for match in _BECH32.finditer(text, start, end):
        yield PatternHit(Detector.CRYPTO_WALLET, *match.span(), "Bitcoin wallet")
    for match in _BASE58.finditer(text, start, end):
        try:
            payload = base58.b58decode_check(match.group())
        except ValueError:
            continue  # not an address: the checksum does not hold
        network = _BASE58_VERSIONS.get(payload[0])
        if len(payload) == _BASE58_PAYLOAD and network is not None:
            yield PatternHit(Detector.CRYPTO_WALLET, *match.span(), f"{network} wallet")


def _valid_iban(candidate: str) -> str | None:
    """The longest prefix of `candidate` (spaces ignored) that is a valid IBAN."""
    compact = candidate.replace(" ", "").upper()
    for length in range(len(compact), _IBAN_SHORTEST - 1, -1):
        if iban.is_valid(compact[:length]):
            return compact[:length]
    return None


def _bank_identifiers(message: Message) -> Iterator[PatternHit]:
    folded = message.folded
    start = _IBAN_START.search(folded)
    for match in _IBAN.finditer(folded, start.start() - 2) if start else ():
        found = _valid_iban(match.group())
        if found is None:
            continue
        # Walk the match to where the valid IBAN's last character sits.
        end, seen = match.start(), 0
        while seen < len(found):
            seen += folded[end] != " "
            end += 1
        span = message.original_span(match.start(), end)
        yield PatternHit(Detector.BANK_DETAILS_CHANGED, *span, "IBAN")
    # The next two patterns open on fixed words: a plain substring test skips most texts.
    has_swift = "swift" in folded or "bic" in folded
    for match in _SWIFT.finditer(folded) if has_swift else ():
        if bic.is_valid(match.group("code").upper()):
            span = message.original_span(*match.span("code"))
            yield PatternHit(Detector.BANK_DETAILS_CHANGED, *span, "SWIFT/BIC code")
    has_account = "account" in folded or "acct" in folded or "a/c" in folded
    for match in _ACCOUNT.finditer(folded) if has_account else ():
        span = message.original_span(*match.span("number"))
        yield PatternHit(Detector.BANK_DETAILS_CHANGED, *span, "account number")


class PatternDetectors:
    """Every pattern detector, built once from the data file's domain lists and cues."""

    def __init__(self, domains: Domains, cues: ContextCues) -> None:
        self._links = LinkDetector(
            domains,
            frozenset(word for cue in cues.document_words for word in normalise(cue).words),
        )
        names = sorted(
            (r"\s*".join(map(re.escape, normalise(word).words)) for word in cues.messenger_words),
            key=len,
            reverse=True,
        )
        self._messenger = re.compile(r"(?<![a-z0-9])(?:" + "|".join(names) + r")(?![a-z0-9])")

    def find(self, message: Message, *, bank_change: bool) -> list[PatternHit]:
        """Every pattern hit; bank identifiers only when the message talks of a bank change."""
        hits = list(_wallets(message))
        if bank_change:
            hits.extend(_bank_identifiers(message))
        hits.extend(self._messenger_numbers(message))
        hits.extend(self._links.find(message))
        if any(word in message.folded for word in _MARKS):
            hits.extend(
                PatternHit(Detector.MARKED_LINK, *match.span(), "a link marked fake")
                for match in _MARKED_LINK.finditer(message.original)
            )
        return hits

    def _messenger_numbers(self, message: Message) -> Iterator[PatternHit]:
        folded = message.folded
        for match in _PHONE.finditer(folded):
            if sum(char.isdigit() for char in match.group()) not in _PHONE_DIGITS:
                continue
            start, end = match.span()
            before = folded[max(start - _CUE_BEFORE, 0) : start]
            after = folded[end : end + _CUE_AFTER]
            if self._messenger.search(before) or self._messenger.search(after):
                span = message.original_span(start, end)
                yield PatternHit(Detector.MESSENGER_CONTACT, *span, "messenger number")

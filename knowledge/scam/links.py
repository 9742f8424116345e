"""Links and e-mail addresses in a message: look-alike Alibaba and carrier domains, and more.

Owns how a host name is judged against the data file's domain lists: a real Alibaba-group
domain (or any of its subdomains) is fine; a host that borrows an Alibaba brand name without
being one ("alibaba-secure.com", "alibaba.com.verify-order.net", "a1ibaba.com", Cyrillic "а"
in place of Latin "a", punycode "xn--...") is a look-alike. Parcel carriers are judged the same
way, since fake duty and redelivery notices copy them: the carrier's own sites, and its name
followed only by a country ending ("dhl.de", "fedex.com.cn"), are fine; its name with other
words or an unusual ending ("dhl-parcel-care.com", "fedex.top") is a look-alike. A link
shortener hides its target; a messenger link moves the talk off the platform; a free mailbox
is a personal address; any other outside link counts only in a sentence about a payment slip,
a document or a log-in (a remittance advice is attached, never fetched from a site). The host
is read from the ORIGINAL text, so look-alike letters are caught rather than folded away.
It reports hits and knows nothing of categories, scores or wording.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from rapidfuzz import fuzz

from knowledge.scam.normalise import Message, fold
from knowledge.scam.red_flags import Detector, Domains

_URL = re.compile(
    r"(?<![\w@.\-])(?:https?://)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})"
    r"(?![\w\-])(?::\d{1,5})?(?:[/?#][^\s<>\"'()]*)?"
)
# A dot between word characters, found from the dot (a literal the regex engine jumps to)
# rather than from the letter before it (which it would try at every letter).
_DOT = re.compile(r"\.(?<=\w\.)\w")
_NON_SPACE = re.compile(r"\S*")
_EMAIL = re.compile(
    r"(?<![\w.+\-])[a-z0-9][a-z0-9._%+\-]*@(?P<host>(?:[a-z0-9\-]+\.)+[a-z]{2,24})(?![\w\-])"
)
# Digits standing in for letters in a host: "a1ibaba", "ali3xpress". One reads 1 as l, the
# other as i, because both tricks are common.
_DIGITS_AS_L = str.maketrans("013457", "oleast")
_DIGITS_AS_I = str.maketrans("013457", "oieast")
_MIN_INSIDE_BRAND = 6  # shorter brands ("tmall", "1688") count only as a whole label part
_MIN_FUZZY_BRAND = 7  # and only longer ones may be misspelled ("a1ibaba", "allibaba")
_BRAND_SIMILARITY = 80.0  # "a1ibaba" vs "alibaba" is about 86; "alabama" about 71
# Endings after a carrier's name that make a national site of the carrier ("dhl.de",
# "dhl.co.uk", "fedex.com.cn"): a country code, alone or after one of these.
_COUNTRY_SECOND_LEVEL = frozenset({"com", "co", "net", "org"})
# An outside host with no concern of its own: a finding only in a sentence about documents.
_OUTSIDE = Detector.DOCUMENT_LINK
# A file name ("PAYMENT.pdf") reads like a host whose ending is a document type. None of these
# endings is a top-level domain: it names an attachment, it links nowhere (round 14: a
# supplier's note listing the PDFs it sent).
_FILE_ENDINGS = frozenset(
    {"pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "jpg", "jpeg", "png", "ppt", "pptx", "rtf"}
)


@dataclass(frozen=True, slots=True)
class PatternHit:
    """Something a detector found, with its span in the ORIGINAL text."""

    detector: Detector
    start: int
    end: int
    label: str  # what was found, in a few words


def _dotted_chunks(text: str) -> list[tuple[int, int]]:
    """Spans of the space-free chunks holding a dot between word characters: the only places
    a host name or an address can be (the full patterns are slow to try everywhere)."""
    spans: dict[int, int] = {}
    for dot in _DOT.finditer(text):
        start = dot.start() - 1  # the word character before the dot
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start not in spans:
            chunk = _NON_SPACE.match(text, start)  # \S* always matches, maybe empty
            spans[start] = chunk.end() if chunk else start
    return list(spans.items())


def _within(host: str, domains: frozenset[str]) -> bool:
    """Whether host is one of `domains` or a subdomain of one."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels) - 1))


class LinkDetector:
    """Judges the links and e-mail addresses of a message against the domain lists."""

    def __init__(self, domains: Domains, document_words: frozenset[str]) -> None:
        self._document_words = document_words
        self._group = frozenset(domains.alibaba_group)
        self._shorteners = frozenset(domains.link_shorteners)
        self._webmail = frozenset(domains.personal_webmail)
        self._messengers = frozenset(domains.messenger_links)
        self._brands = tuple(domains.brands)
        self._carrier_sites = frozenset(domains.carrier_sites)
        self._carriers = tuple(domains.carrier_brands)

    def find(self, message: Message) -> list[PatternHit]:
        """Every link or address in the message that deserves a word of warning."""
        hits: list[PatternHit] = []
        folded = message.folded
        chunks_spans = _dotted_chunks(folded)
        urls = (match for span in chunks_spans for match in _URL.finditer(folded, *span))
        emails = (match for span in chunks_spans for match in _EMAIL.finditer(folded, *span))
        for match in urls:
            start, end = message.original_span(*match.span())
            host_start, host_end = message.original_span(*match.span("host"))
            detector = self._judge_host(message.original[host_start:host_end])
            if detector is _OUTSIDE:
                named_file = match.group("host").rpartition(".")[2] in _FILE_ENDINGS
                detector = None if named_file else self._document_link(message, *match.span())
            if detector is not None:
                hits.append(PatternHit(detector, start, end, match.group("host")))
        for match in emails:
            start, end = message.original_span(*match.span())
            host_start, host_end = message.original_span(*match.span("host"))
            raw = message.original[host_start:host_end]
            if self._judge_host(raw) is Detector.LOOKALIKE_LINK:
                hits.append(PatternHit(Detector.LOOKALIKE_LINK, start, end, match.group("host")))
            elif _within(match.group("host"), self._webmail):
                hits.append(PatternHit(Detector.PERSONAL_WEBMAIL, start, end, match.group("host")))
        return hits

    def _document_link(self, message: Message, start: int, end: int) -> Detector | None:
        """DOCUMENT_LINK when the sentence holding the link (the link's own words aside)
        speaks of a document or a log-in."""
        words, sentence, starts = message.words, message.sentence, message.starts
        inside = bisect_left(starts, start)
        after = bisect_left(starts, end)
        if inside >= len(words):
            return None
        first, last = inside, after - 1
        while first > 0 and sentence[first - 1] == sentence[inside]:
            first -= 1
        while last + 1 < len(words) and sentence[last + 1] == sentence[inside]:
            last += 1
        around = words[first:inside] + words[after : last + 1]
        return None if self._document_words.isdisjoint(around) else Detector.DOCUMENT_LINK

    def _judge_host(self, written: str) -> Detector | None:
        """What a host name, as written in the message, is: None when it raises no concern."""
        host = unicodedata.normalize("NFKC", written).casefold().rstrip(".")
        host = host.removeprefix("www.")
        if host.isascii() and "xn--" not in host:
            return self._judge_plain_host(host)
        # Look-alike letters or punycode: whatever it shows, it is not the domain it copies.
        try:
            shown = host.encode("ascii").decode("idna") if host.isascii() else host
        except UnicodeError:
            shown = host
        folded, _ = fold(shown)
        if (
            _within(folded, self._group)
            or self._imitates_brand(folded)
            or self._imitates_carrier(folded, national=False)
        ):
            return Detector.LOOKALIKE_LINK
        return None

    def _judge_plain_host(self, host: str) -> Detector | None:
        """`_judge_host` for a host written in plain ASCII letters."""
        if _within(host, self._group) or _within(host, self._carrier_sites):
            return None
        for domains, detector in (
            (self._shorteners, Detector.LINK_SHORTENER),
            (self._messengers, Detector.MESSENGER_CONTACT),
        ):
            if _within(host, domains):
                return detector
        if self._imitates_brand(host) or self._imitates_carrier(host, national=True):
            return Detector.LOOKALIKE_LINK
        return _OUTSIDE

    def _imitates_brand(self, host: str) -> bool:
        """Whether a host that is not an Alibaba-group domain borrows a brand name."""
        labels = host.split(".")[:-1]  # the top-level domain imitates nothing
        spellings = {host, host.translate(_DIGITS_AS_L), host.translate(_DIGITS_AS_I)}
        for spelling in spellings:
            name = ".".join(spelling.split(".")[: len(labels)])
            parts = [part for part in re.split(r"[.\-]", name) if part]
            glued = "".join(parts)
            for brand in self._brands:
                if brand in parts:
                    return True
                if len(brand) >= _MIN_INSIDE_BRAND and brand in glued:
                    return True
                if len(brand) >= _MIN_FUZZY_BRAND and any(
                    fuzz.ratio(part, brand, processor=None, score_cutoff=_BRAND_SIMILARITY)
                    for part in parts
                ):
                    return True
        return False

    def _imitates_carrier(self, host: str, *, national: bool) -> bool:
        """Whether a host that is not a carrier's own site borrows a carrier's name; with
        `national`, the name followed only by a country ending is the carrier's own."""
        for spelling in {host, host.translate(_DIGITS_AS_L), host.translate(_DIGITS_AS_I)}:
            labels = spelling.split(".")
            for at, label in enumerate(labels[:-1]):  # the top-level domain imitates nothing
                parts = [part for part in label.split("-") if part]
                glued = "".join(parts)
                for brand in self._carriers:
                    if brand not in parts and not (
                        len(brand) >= _MIN_INSIDE_BRAND and brand in glued
                    ):
                        continue
                    if national and label == brand and _country_ending(labels[at + 1 :]):
                        continue
                    return True
        return False


def _country_ending(labels: list[str]) -> bool:
    """Whether the labels after a name are a country ending: "de", "com", "co.uk", "com.cn"."""
    if len(labels) == 1:
        return len(labels[0]) == 2 or labels[0] == "com"
    return len(labels) == 2 and labels[0] in _COUNTRY_SECOND_LEVEL and len(labels[1]) == 2

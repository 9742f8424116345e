"""The red-flag data file: enough phrases, sound references, and a variant syntax that holds."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from knowledge.loader import data_folder
from knowledge.scam.red_flags import RedFlags
from knowledge.scam.variants import expand_variants
from tests.knowledge.scam.support import red_flags, scanner


def _raw() -> dict[str, Any]:
    text = (data_folder() / "red_flags.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def test_at_least_150_phrases_are_written() -> None:
    """The file holds at least 150 phrase lines, which spell out to many more variants."""
    lines = [p for c in red_flags().categories for p in c.phrases + c.weak_phrases]
    assert len(lines) >= 150
    assert scanner().phrase_count > 3 * len(lines)


def test_the_issue_categories_are_all_present() -> None:
    """Every category the issue and KNOWLEDGE.md name has an entry with severity and advice."""
    ids = {category.id for category in red_flags().categories}
    assert ids >= {
        "untraceable_payment", "changed_bank_details", "crypto", "off_platform_contact",
        "pressure", "bait_price", "surprise_fees", "refuses_checks", "fake_notice",
        "credentials_request", "dubious_certificate", "unusual_transfer", "open_or_log_in",
        "overpayment_refund", "full_prepayment",
    }  # fmt: skip


def test_bank_change_advice_is_to_call_back_on_a_known_number() -> None:
    """The changed-bank advice says to call back on a number you already had."""
    advice = red_flags().category("changed_bank_details").what_to_do
    assert "number you already had" in advice
    assert red_flags().category("changed_bank_details").hard_block


def test_domain_lists_hold_the_group_the_shorteners_and_webmail() -> None:
    """Key Alibaba-group domains, shorteners and free mail providers are listed, dated."""
    domains = red_flags().domains
    assert set(domains.alibaba_group) >= {
        "alibaba.com", "aliexpress.com", "1688.com", "alibaba-inc.com", "alipay.com",
        "taobao.com", "tmall.com", "alibabacloud.com", "aliyun.com",
    }  # fmt: skip
    assert {"bit.ly", "tinyurl.com", "t.co"} <= set(domains.link_shorteners)
    assert {"gmail.com", "qq.com", "163.com", "126.com", "yeah.net", "hotmail.com"} <= set(
        domains.personal_webmail
    )
    assert domains.as_of.year >= 2025
    assert domains.source


@pytest.mark.parametrize(
    ("line", "variants"),
    [
        ("western union", ("western union",)),
        ("pay {to|into} my account", ("pay to my account", "pay into my account")),
        ("pay {the|} deposit", ("pay the deposit", "pay deposit")),
        ("{pay|send {the|} money} now", ("pay now", "send the money now", "send money now")),
    ],
)
def test_phrase_variants_spell_out(line: str, variants: tuple[str, ...]) -> None:
    """Braces give alternatives, may nest, and an empty alternative makes a word optional."""
    assert expand_variants(line) == variants


@pytest.mark.parametrize("line", ["pay {to|into my account", "pay to} my", "{a|b}{c|d" + "}" * 2])
def test_broken_variant_syntax_is_refused(line: str) -> None:
    """Unbalanced braces are an error naming the phrase."""
    with pytest.raises(ValueError, match="phrase"):
        expand_variants(line)


def test_runaway_variants_are_refused() -> None:
    """A line that would spell out to more than 64 variants is refused."""
    with pytest.raises(ValueError, match="more than 64"):
        expand_variants("{a|b|c|d} {e|f|g|h} {i|j|k|l} {m|n}")


def test_duplicate_phrase_is_refused() -> None:
    """The same phrase in two places is a data error, caught at start-up."""
    raw = _raw()
    raw["categories"][1]["phrases"].append("western union")
    with pytest.raises(ValidationError, match="appears twice"):
        RedFlags.model_validate(raw)


def test_detector_naming_an_unknown_category_is_refused() -> None:
    """A detector must report under a category the file defines."""
    raw = _raw()
    raw["detectors"][0]["category"] = "no_such_category"
    with pytest.raises(ValidationError, match="unknown category"):
        RedFlags.model_validate(raw)


def test_malformed_combo_is_refused() -> None:
    """A combination rule needs at least two word groups joined by '+'."""
    raw = _raw()
    raw["categories"][0]["combos"] = ["personal|private"]
    with pytest.raises(ValidationError, match="combos"):
        RedFlags.model_validate(raw)


def test_score_bands_must_be_ordered() -> None:
    """medium_at below high_at, and a weight for every severity."""
    raw = _raw()
    raw["scoring"]["medium_at"] = raw["scoring"]["high_at"]
    with pytest.raises(ValidationError, match="medium_at"):
        RedFlags.model_validate(raw)


@pytest.mark.parametrize(
    ("combo", "message"),
    [
        ("@no_such_group + account", "unknown concepts"),
        ("my + ... + account", "without a word"),
    ],
)
def test_combo_with_unknown_concept_or_empty_alternative_is_refused(
    combo: str, message: str
) -> None:
    """A rule naming a concept the file lacks, or an alternative with no word, is refused."""
    raw = _raw()
    raw["categories"][0]["combos"] = [combo]
    with pytest.raises(ValidationError, match=message):
        RedFlags.model_validate(raw)


def test_unused_concept_is_refused() -> None:
    """A concept no rule refers to is dead data, caught at start-up."""
    raw = _raw()
    raw["concepts"]["never_used"] = ["word"]
    with pytest.raises(ValidationError, match="never used"):
        RedFlags.model_validate(raw)

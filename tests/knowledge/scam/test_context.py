"""Refused, warned-against and denied mentions are not red flags; threats still are."""

from __future__ import annotations

import pytest

from tests.knowledge.scam.support import scan


@pytest.mark.parametrize(
    "text",
    [
        "We do not accept Western Union.",
        "We don't accept MoneyGram or Western Union, only Trade Assurance.",
        "We never ask for payment in bitcoin.",
        "Alibaba will never ask for your verification code.",
        "Please pay through Trade Assurance.",
        "Beware of fake notices saying your Trade Assurance payment is on hold.",
        "If anyone asks you to pay to a personal account, it is not us.",
        "Paying by Western Union is a common scam, please avoid it.",
        "People pretending to be us asked buyers for USDT.",
        "We cannot accept crypto for any order.",
        "No problem, we accept third party inspection.",
    ],
)
def test_negated_or_protective_mention_is_not_a_red_flag(text: str) -> None:
    """A refusal, a warning or a denial of a red-flag term gives no finding."""
    assert scan(text).findings == (), scan(text).findings


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("If you don't pay today the order will be cancelled.", "pressure"),
        ("We do not accept T/T, only Western Union.", "untraceable_payment"),
        ("We do not accept PayPal. Western Union is fine.", "untraceable_payment"),
        ("We don't use the bank any more, send by MoneyGram instead.", "untraceable_payment"),
        ("Please do not pay to the old account.", "changed_bank_details"),
        ("We do not allow third party inspection.", "refuses_checks"),
    ],
)
def test_threat_or_refusal_that_is_itself_the_flag_still_counts(text: str, category: str) -> None:
    """Conditionals, a negation cut off by 'only' or a new sentence, and negative phrases."""
    assert category in scan(text).categories, scan(text).findings


def test_negation_reaches_a_list_of_services() -> None:
    """One 'do not accept' covers every service listed after it in the sentence."""
    assert (
        scan("We do not accept Western Union, MoneyGram, Ria money transfer or USDT.").findings
        == ()
    )


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("This was not in the quote, sorry, please pay by MoneyGram.", "untraceable_payment"),
        (
            "Our bank can not take dollars, payment must go to our partner company.",
            "untraceable_payment",
        ),
        ("Don't worry, just pay to our new account.", "changed_bank_details"),
    ],
)
def test_negation_ends_at_the_clause(text: str, category: str) -> None:
    """A comma or 'please' ends what a negation refuses; 'don't worry' refuses nothing."""
    assert category in scan(text).categories, scan(text).findings


def test_warning_about_someone_asking_is_protective() -> None:
    """'If anyone asks you to pay a different account' warns; it is not a request."""
    text = (
        "We never change our bank details by chat. If anyone asks you to pay a different "
        "account in our name, please call our office first."
    )
    assert scan(text).findings == ()


def test_denied_change_does_not_make_account_numbers_a_flag() -> None:
    """'Our bank has not changed' beside a SWIFT code is no change; 'has changed' is."""
    assert scan("Our bank has not changed. SWIFT: ABOCCNBJ110.").findings == ()
    assert "changed_bank_details" in scan("Our bank has changed. SWIFT: ABOCCNBJ110.").categories


def test_an_excuse_must_stand_near_the_match() -> None:
    """'For samples' excuses full prepayment; a cost far along the sentence excuses nothing."""
    assert scan("For samples we need 100% payment in advance.").findings == ()
    text = (
        "Inspection not necessary, we check everything ourself, the 3rd party only make delay "
        "and extra cost for you."
    )
    assert "refuses_checks" in scan(text).categories, scan(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "We cannot have a video call before 8pm, our office is busy until then.",
        "Sorry we cant do a video call today, tomorrow 10am is ok.",
        "We can't do the factory visit on Sunday, any weekday is fine.",
    ],
)
def test_a_time_set_for_a_call_or_visit_is_no_refusal(text: str) -> None:
    """'Not before 8pm' or 'not today' schedules the check; it does not refuse it."""
    assert "refuses_checks" not in scan(text).categories, scan(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "We cannot allow inspection until full payment.",
        "We do not accept factory visit or video call.",
        "No third party inspection allowed, the goods ship tomorrow.",
    ],
)
def test_a_refusal_without_a_time_of_day_is_still_a_refusal(text: str) -> None:
    """'Until you pay' refuses the check; a time in another clause excuses nothing."""
    assert "refuses_checks" in scan(text).categories, scan(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "The SMS with your verification code comes from your bank. Never share it with anyone.",
        "Your bank texts you a verification code. Do not give it to anyone.",
        "Sign in with your password on alibaba.com only. Don't send it to anybody.",
    ],
)
def test_keep_it_secret_in_the_next_sentence_protects_the_code(text: str) -> None:
    """'Never share it' after a sentence naming a code or password protects it; no finding."""
    assert scan(text).findings == (), scan(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Send me the verification code. Never mind the delay.",
        "Send me the verification code. Never share it with anyone.",
        "Log in with your password. Never share it with anyone else.",
        "Type your verification code here. Never share it, except with me.",
    ],
)
def test_a_request_for_the_code_still_flags_beside_a_keep_secret_sentence(text: str) -> None:
    """'Never mind', a request to me, or 'anyone else' keeps the credentials finding."""
    assert "credentials_request" in scan(text).categories, scan(text).findings


def test_refusing_to_share_a_thing_is_no_secret_transfer() -> None:
    """'Never share it with anyone' keeps a thing safe; 'don't tell anyone' is still secrecy."""
    assert scan("Never share it with anyone.").findings == ()
    told = scan("Don't tell anyone about this payment, it is confidential.")
    assert "unusual_transfer" in told.categories, told.findings

"""Issue 15, round 16, through the real Application: a French overdue reminder that threatens
a bailiff and links to pay is raised, its reason said in English naming French and the
message quoted as written; a German fake-boss transfer request is raised naming German; the
honest twins (a supplier's reminder with its invoice number and no link, a warning quoting
the CEO fraud) are not raised."""

from __future__ import annotations

import pytest

from bot.offline.chat_user import OfflineUser
from tests.handlers.scam.support import only_reply

FRENCH_REMINDER = (
    "Facture impayée n° 88412. Sans règlement sous 48 heures, le dossier part chez l'huissier. "
    "Réglez maintenant : https://reglement-facture.info"
)


async def test_a_french_threatening_reminder_is_raised_in_english(alice: OfflineUser) -> None:
    reply = only_reply(await alice.forward(FRENCH_REMINDER))
    assert reply.text.startswith("🟠"), reply.text
    assert "Facture impayée" in reply.text  # quoted as written
    assert "(Read in French.)" in reply.text
    assert "overdue reminder" in reply.text  # the reason, in English


async def test_a_german_fake_boss_transfer_is_raised(alice: OfflineUser) -> None:
    scam = (
        "Ich möchte, dass du heute noch eine Überweisung machst. Die Sache ist vertraulich, "
        "sprich mit niemandem darüber."
    )
    reply = only_reply(await alice.forward(scam))
    assert reply.text.startswith(("🔴", "🟠")), reply.text
    assert "(Read in German.)" in reply.text


HONEST = (
    # A supplier's reminder with its invoice number and the usual account, no link.
    "Relance : notre facture n° 2024-0412 du 3 octobre reste impayée. Merci de la régler "
    "par virement sur le compte habituel ; à défaut, des pénalités de retard s'appliquent.",
    # A warning that quotes the CEO fraud.
    "Warnung vor CEO-Fraud: Betrüger verlangen im Namen der Geschäftsführung eine "
    "dringende, vertrauliche Überweisung. Rufen Sie immer zurück.",
)


@pytest.mark.parametrize("honest", HONEST)
async def test_the_honest_twins_are_not_raised(alice: OfflineUser, honest: str) -> None:
    reply = only_reply(await alice.forward(honest))
    assert not reply.text.startswith(("🔴", "🟠")), reply.text

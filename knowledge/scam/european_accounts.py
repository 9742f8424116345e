"""Credential phishing in French, German, Spanish, Italian, Dutch and Polish (issue 15,
round 18), read beside `european.py`'s moves.

Owns one reading: a bank, utility, carrier or marketplace asking you to confirm or update
your details ("mettez à jour vos coordonnées", "bestätigen Sie Ihre Daten", "potwierdź
dane") through a link, under a deadline or a threat to block or suspend the account (the
EDF, bank and "Konto gesperrt" lures French cybermalveillance.gouv.fr, the German BSI, INCIBE,
Polizia Postale, Fraudehelpdesk.nl and CERT Polska warn of). All three must be there: asking
for the update alone is what a real bank's app says, and a warning ("jamais", "niemals",
"nigdy") is dropped by `european.py`. It must not raise anything else. Speed: literal cue
words gate it. Pure: folded text in, a match out.
"""

from __future__ import annotations

import re

from knowledge.scam.european_notices import LINK, folded_pattern
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

ACCOUNT_CUES = tuple(
    fold(cue)[0]
    for cue in (
        # Not "confirme" or "verifica" alone: English "confirmed", "verification".
        "mettez à jour", "mettre à jour", "confirmez", "vérifiez", "aktualisieren",
        "bestätigen", "verifizieren", "actualice", "verifique", "confirme su", "aggiorna",
        "conferma", "verifica i", "verificare i", "gegevens", "bevestig", "potwierdź",
        "zaktualizuj",
    )
)  # fmt: skip
_UPDATE = folded_pattern(
    r"(?P<French>mettez à jour vos|mettre à jour vos|confirmez vos|vérifiez vos)"
    r"|(?P<German>(?:aktualisieren|bestätigen|verifizieren) sie (?:ihre|ihr)|daten"
    r" (?:aktualisieren|bestätigen))|(?P<Spanish>(?:actualice|verifique|confirme) (?:sus|su)"
    r" (?:datos|información|cuenta))|(?P<Italian>(?:aggiorna|conferma|verifica)(?:re)? i"
    r" (?:tuoi|suoi) dati)|(?P<Dutch>werk uw gegevens|bevestig uw gegevens|uw gegevens"
    r" (?:bij te werken|te bevestigen))|(?P<Polish>potwierdź (?:dane|swoje dane)"
    r"|zaktualizuj (?:dane|swoje dane))"
)
_BLOCKED = folded_pattern(
    r"suspendu|bloqué|désactivé|résilié|sous (?:24|48) ?h|ce soir|gesperrt|sperrung"
    r"|eingeschränkt|deaktiviert|innerhalb von (?:24|48)|bloquead|suspendid|desactivad"
    r"|en (?:24|48) horas|\bhoy\b|sospes|bloccat|disattivat|entro (?:24|48)|geblokkeerd"
    r"|opgeschort|gedeactiveerd|binnen (?:24|48)|zablokowan|zawieszon|w ciągu (?:24|48)"
)

WHY = (
    "A message asking you to confirm or update your details through a link, or the account "
    "will be blocked, is credential phishing: open your bank's, utility's or carrier's own "
    "app or site yourself instead."
)
KIND = ("credentials_request", Severity.MEDIUM)


def details_match(folded: str) -> re.Match[str] | None:
    """ "Confirm your details" with a link and a block or a deadline, or None."""
    update = _UPDATE.search(folded)
    if update is None or _BLOCKED.search(folded) is None or LINK.search(folded) is None:
        return None
    return update

"""Two more KINDS of scam message in French, German, Spanish, Italian, Dutch and Polish
(issue 15, round 17), read beside `european.py`'s five.

Owns: (1) the executive's opener with no transfer word yet: the boss is away or asks whether
you are at your desk, has an errand or needs your help, and keeps it secret or asks for
answers by mail only (the fake-president pattern French insurers and Euler Hermes describe:
a confidential operation, flattery, a task; Watchlist Internet's "ich brauche deine Hilfe bei
einer kleinen Aufgabe"), or is in a meeting and wants a payment made now; (2) a held parcel:
a parcel held or undeliverable, with a small fee to pay or details to confirm, under a short
deadline, a tiny sum or a link (InPost's, Poczta Polska's and CERT Polska's warnings on
"dopłata" SMS and "potwierdź dane w ciągu 24 godzin"; the German customs offices' warnings).
Honest twins stay low: a colleague asking whether you are in the office to bring samples, a
meeting note that calls a price list confidential (no errand), a carrier's notice that the
parcel waits at a pickup point until a date, or a real notice (`european_notices`).
It returns matches and kinds; `european.py` turns them into hits and applies the warnings.
Speed: literal cue words gate each reading. Pure: folded text only.
"""

from __future__ import annotations

import re
from decimal import Decimal

from knowledge.scam.european_notices import folded_pattern, real_notice
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

# (1) The executive's opener.
_OPENER_CUES = tuple(
    fold(cue)[0]
    for cue in (
        "bureau", "dispo", "réunion", "platz", "büro", "besprechung", "meeting", "erreichbar",
        "oficina", "reunión", "disponible", "ufficio", "riunione", "kantoor", "vergadering",
        "beschikbaar", "biurze", "spotkaniu", "zebraniu", "injoignable", "telefonieren",
        "no puedo hablar", "non posso parlare", "kan niet bellen", "nie mogę rozmawiać",
    )
)  # fmt: skip
_AWAY = folded_pattern(
    r"êtes-vous (?:au|à votre) bureau|es-tu (?:au|à ton) bureau|êtes-vous disponible"
    r"|es-tu dispo|sind sie (?:gerade |noch )?(?:am platz|im büro|erreichbar)"
    r"|bist du (?:gerade |noch )?(?:am platz|im büro|erreichbar)|estás en la oficina"
    r"|está en la oficina|estás disponible|sei in ufficio|è in ufficio|sei disponibile"
    r"|ben je (?:op kantoor|beschikbaar)|bent u (?:op kantoor|beschikbaar)"
    r"|jesteś w biurze|jest pan(?:i)? w biurze|en réunion|en déplacement|injoignable"
    r"|in einer besprechung|in einem (?:langen )?meeting|im meeting|nicht telefonieren"
    r"|en una reunión|no puedo hablar|in riunione|non posso parlare|in een (?:vergadering"
    r"|meeting)|kan niet bellen|na spotkaniu|na zebraniu|nie mogę rozmawiać"
)
_ERRAND = folded_pattern(
    r"(?P<French>besoin de (?:vous|toi|votre aide|ton aide)|une (?:petite )?(?:mission"
    r"|tâche))|(?P<German>brauche (?:ihre|deine) hilfe|kleine aufgabe|einen gefallen"
    r"|machen sie (?:jetzt )?die zahlung)|(?P<Spanish>necesito (?:tu|su) ayuda|un encargo"
    r"|un favor|una tarea)|(?P<Italian>ho bisogno (?:di te|di lei|del tuo aiuto|del suo"
    r" aiuto)|un compito|un favore)|(?P<Dutch>heb (?:je|jou|u) (?:hulp )?nodig|heb (?:je"
    r"|uw) hulp nodig|een klusje|een gunst)|(?P<Polish>potrzebuję (?:twojej|pana|pani)"
    r" pomocy|mam dla (?:ciebie|pana|pani) zadanie|przysług)"
)
_SECRET = folded_pattern(
    r"confidenti|discr[eè]t|vertraulich|diskret|mit niemandem|confidencial|con nadie"
    r"|riservat|con nessuno|vertrouwelijk|met niemand|poufn|nikomu|n'en parlez à personne"
    r"|par mail uniquement|nur per mail|solo por correo|solo per (?:e-?mail|posta)"
    r"|alleen per mail|tylko mailem|dringend|es urgente|è urgente|urgent"
)

# (2) A held parcel.
_PARCEL_CUES = ("colis", "paket", "sendung", "paquete", "envio", "pacco", "spedizion",
                "pakket", "zending", "paczk", "przesył")  # fmt: skip
_HELD = folded_pattern(
    r"(?P<French>bloqué|retenu|pas pu être livré)|(?P<German>zurückgehalten|festgehalten"
    r"|nicht zugestellt werden)|(?P<Spanish>retenido|no (?:se ha podido|pudimos) entregar)"
    r"|(?P<Italian>bloccat|ferm[oa] in dogana|non è stat[oa] consegnat)"
    r"|(?P<Dutch>vastgehouden|niet bezorgen|niet bezorgd)|(?P<Polish>wstrzyman"
    r"|nie może zostać (?:dostarczon|doręczon)|czeka na dopłat|nieprawidłowego adresu"
    r"|błędnego adresu)"
)
_ACT = folded_pattern(
    r"réglez|payez|confirmez|zahlen sie|bezahlen sie|bestätigen sie|bezahlt werden|abone"
    r"|pague|confirme|\bpaga\b|conferma|betaal|bevestig|dopłać|dopłat|zapłać|ureguluj"
    r"|potwierdź"
)
_PRESS = folded_pattern(
    r"\b(?:12|24|48) ?(?:heures|stunden|horas|ore|uur|godzin|h)\b|renvoyé|retourné|détruit"
    r"|zurückgeschickt|absender|vernichtet|devuelto|remitente|restituit|mittente|distrutt"
    r"|terug naar|afzender|vernietigd|zwrócon|wróci do nadawcy"
)
_TINY = folded_pattern(r"(?<![\d.,])(\d(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euro|zł|pln)")
_LINKED = folded_pattern(r"https?://|www\.|\b[a-z0-9-]+\.(?:net|com|info|top|xyz|online|site)\b")
_TINY_FEE = Decimal(5)  # no carrier's real charge is this small; the lures' are (1,45 zł)

WHY = {
    "executive opener": (
        "A boss who is away or asks whether you are at your desk, has a task for you and "
        "wants it kept quiet is how the fake-president fraud begins, before any amount: "
        "call the person on a number you already have."
    ),
    "held parcel": (
        "A parcel said to be held, with a small fee to pay or your details to confirm in a "
        "hurry, is a phishing lure: carriers and customs do not collect fees that way. "
        "Check the tracking number on the carrier's own site or app."
    ),
}
KINDS = {
    "executive opener": ("pressing_request", Severity.MEDIUM),
    "held parcel": ("pressing_request", Severity.MEDIUM),
}


def read_moves(folded: str) -> list[tuple[re.Match[str], str]]:
    """The matches that name each round-17 move in `folded`, with the move's kind."""
    found: list[tuple[re.Match[str], str]] = []
    if any(cue in folded for cue in _OPENER_CUES):
        opener = _opener(folded)
        if opener:
            found.append((opener, "executive opener"))
    if any(cue in folded for cue in _PARCEL_CUES):
        held = _held(folded)
        if held:
            found.append((held, "held parcel"))
    return found


def _opener(folded: str) -> re.Match[str] | None:
    """Away or at your desk?, an errand, and secrecy (or a hurry)."""
    if _AWAY.search(folded) is None:
        return None
    errand = _ERRAND.search(folded)
    if errand is None or _SECRET.search(folded) is None:
        return None
    return errand


def _held(folded: str) -> re.Match[str] | None:
    """A held parcel with something to pay or confirm, pressed by a deadline, a tiny sum or
    a link; a real notice (its number and date, nothing same-day) is not one."""
    held = _HELD.search(folded)
    if held is None or _ACT.search(folded) is None:
        return None
    tiny = any(
        Decimal(amount.group(1).replace(",", ".")) <= _TINY_FEE
        for amount in _TINY.finditer(folded)
    )
    if not (tiny or _PRESS.search(folded) or _LINKED.search(folded)):
        return None
    return None if real_notice(folded) else held

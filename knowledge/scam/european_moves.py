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

from knowledge.scam.european_notices import LINK, folded_pattern, is_threshold, real_notice
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

# (1) The executive's opener.
OPENER_CUES = tuple(
    fold(cue)[0]
    for cue in (
        "bureau", "dispo", "réunion", "platz", "büro", "besprechung", "erreichbar",
        "oficina", "reunión", "ufficio", "riunione", "kantoor", "vergadering",
        "beschikbaar", "biurze", "spotkaniu", "zebraniu", "injoignable", "telefonieren",
        "no puedo hablar", "non posso parlare", "kan niet bellen", "nie mogę rozmawiać",
        # Not "meeting" alone: English says it all the time; German and Dutch say it so.
        "im meeting", "einem meeting", "langen meeting", "een meeting",
        # Round 18: Portuguese.
        "escritório", "reunião", "disponível",
        # ... and the boss who must not be called (all six languages).
        "telefonisch", "nicht an", "appelez", "téléphonez", "llame", "chiamarmi",
        "chiami", "bel me",
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
    r"|está no escritório|estás no escritório|(?:estou|est[aá]) (?:em uma|numa|em) reunião"
    r"|(?:você )?está disponível|não posso falar|weder persönlich noch telefonisch"
    r"|rufen sie mich (?:bitte )?nicht an|ne m'appelez pas|ne me téléphonez pas|no me llames?"
    r"|non chiamarmi|non mi chiami|bel me niet|(?:a|en|antes de) una reunión"
)
_ERRAND = folded_pattern(
    r"(?P<French>besoin de (?:vous|toi|votre aide|ton aide)|une (?:petite )?(?:mission"
    r"|tâche)|vous confier (?:un|une))|(?P<German>brauche (?:ihre|deine) hilfe|kleine aufgabe"
    r"|einen gefallen"
    r"|machen sie (?:jetzt )?die zahlung|verantwortung für dieses projekt|vertrauliches projekt"
    r"|dieses projekt übertragen)|(?P<Spanish>necesito (?:tu|su) ayuda|un encargo"
    r"|un favor|una tarea)|(?P<Italian>ho bisogno (?:di te|di lei|del tuo aiuto|del suo"
    r" aiuto)|un compito|un favore)|(?P<Dutch>heb (?:je|jou|u) (?:hulp )?nodig|heb (?:je"
    r"|uw) hulp nodig|een klusje|een gunst)|(?P<Polish>potrzebuję (?:twojej|pana|pani)"
    r" pomocy|mam dla (?:ciebie|pana|pani) zadanie|przysług)"
    r"|(?P<Portuguese>preciso (?:da sua ajuda|de você|que você)|uma tarefa|um favor)"
)
_SECRET = folded_pattern(
    r"confidenti|discr[eè]t|vertraulich|diskret|mit niemandem|confidencial|con nadie"
    r"|riservat|con nessuno|vertrouwelijk|met niemand|poufn|nikomu|n'en parlez à personne"
    r"|par mail uniquement|nur per mail|solo por correo|solo per (?:e-?mail|posta)"
    r"|alleen per mail|tylko mailem|dringend|es urgente|è urgente|urgent|com ninguém"
    r"|só por e-?mail|mais rápido possível|uniquement par (?:e-?)?mail|whatsapp"
    r"|número de móvil|deine handynummer|ihre handynummer|il tuo numero di cellulare"
)

# (2) A held parcel.
_HELD = folded_pattern(
    r"(?P<French>bloqué|retenu|pas pu être livré)|(?P<German>zurückgehalten|festgehalten"
    r"|nicht zugestellt werden)|(?P<Spanish>retenido|no (?:se ha podido|pudimos) entregar)"
    r"|(?P<Italian>bloccat\w*|ferm[oa] in dogana|non è stat[oa] consegnat\w*|trattenut\w*"
    r"|non siamo (?:in grado di|riusciti a) consegnare)"
    r"|(?P<Dutch>vastgehouden|niet bezorgen|niet bezorgd)|(?P<Polish>wstrzyman\w*"
    r"|nie może zostać (?:dostarczon|doręczon)\w*|czeka na dopłat\w*|nieprawidłowego adresu"
    r"|błędnego adresu)|(?P<Portuguese>retid[ao]|não foi possível entregar"
    r"|suspens[ao])"
    r"|(?P<Czech>nemohl\w* doručit|nelze doručit|zadržen)|(?P<Slovak>zadržan\w*"
    r"|nemohli doručiť)|(?P<Danish>tilbageholdt)|(?P<Norwegian>holdt tilbake|kan ikke leveres)"
    r"|(?P<Swedish>hållits kvar|kunde inte levereras)|(?P<Hungarian>nem kézbesíthető"
    r"|vámkezelés alatt)"
)
_ACT = folded_pattern(
    r"réglez|payez|confirmez|zahlen sie|bezahlen sie|bestätigen sie|bezahlt werden|abone"
    r"|pague|confirme|\bpaga\b|conferma|betaal|bevestig|dopłać|dopłat|zapłać|ureguluj"
    r"|potwierdź|aggiorna|modifica|pianifica|pague|atualize|resolva|regularize|zaplaťte|uhraďte|potvrďte|betal|fizess"
)
_PRESS = folded_pattern(
    r"\b(?:12|24|48) ?(?:heures|stunden|horas|ore|uur|godzin|hodin|timer|timmar|h)\b|renvoyé"
    r"|retourné|détruit|devolvid|remetente|vrácen|returner|visszaküld"
    r"|zurückgeschickt|absender|vernichtet|devuelto|remitente|restituit|mittente|distrutt"
    r"|terug naar|afzender|vernietigd|zwrócon|wróci do nadawcy"
)
_TINY = folded_pattern(r"(?<![\d.,])(\d(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euro|zł|pln)")
_LINKED = folded_pattern(
    r"https?://|www\.|(?<=[a-z0-9-])\.(?:net|com|info|top|xyz|online|site)\b"
    r"|\baqui\W*$"  # an SMS ending "pay here" whose link was cut off
)
# Round 18: crowns, forints and reais, each with its own "small" (a few euros' worth).
_LOCAL_AMOUNT = folded_pattern(
    r"(?<![\d.,])(\d{1,3}(?: \d{3})?(?:[.,]\d{1,2})?)\s?(kč|czk|kr\b|kroner|kronor|dkk|nok"
    r"|sek|ft\b|huf|forint)|(r\$)\s?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]\d)"
)
_LOCAL_CHEAP = {"kc": 300, "czk": 300, "ft": 3000, "huf": 3000, "forint": 3000, "r$": 100}
_CHEAP_FEE = Decimal(60)  # euros or zloty-like small sums: above this it is not the fee lure
_TINY_FEE = Decimal(5)  # no carrier's real charge is this small; the lures' are (1,45 zł)

# (3) of european.py: a parcel held for a small fee, to be paid through a link.
FEE_CUES = (
    "colis",
    "douane",
    "livraison",
    "zoll",
    "pak",
    "sendung",
    "aduana",
    "paquete",
    "envio",
    "dogana",
    "pacco",
    "spedizion",
    "zending",
    "paczk",
    "przesył",
    # Round 18: Portuguese, Czech, Slovak, Danish, Norwegian, Swedish, Hungarian.
    # Not "told", "toll" or "tull" alone: English says "told" all the time.
    "encomend", "alfandeg", "aduaneir", "pacote", "zasil", "zasiel", "balik", "celn",
    "colne", "colny", "colnom", "pakke", "forsendelse", "forsandelse", "csomag", "vamk",
    "kuldemeny", "tolden", "tollen", "tullen", "tullavg", "tollgeb", "toldgeb",
)  # fmt: skip
_PARCEL = folded_pattern(
    r"(?P<French>colis|douane|livraison)|(?P<German>zoll|paket|sendung)"
    r"|(?P<Spanish>aduana|paquete|envío)|(?P<Italian>dogana|pacco|spedizione)"
    r"|(?P<Dutch>pakket|zending)|(?P<Polish>paczk|przesyłk|\bcło\b)"
    r"|(?P<Portuguese>encomenda|alfândega|pacote|desalfandegamento)|(?P<Czech>zásilk|balík"
    r"|balíček|\bclo\b|celní)|(?P<Slovak>zásielk|coln)|(?P<Norwegian>\btoll)"
    r"|(?P<DanishNorwegian>pakke|forsendelse)|(?P<Danish>\btold)|(?P<Swedish>\btull"
    r"|försändelse)|(?P<Hungarian>csomag|vámkezel|küldemény)"
)
_FEE = folded_pattern(
    r"frais|taxe|droits|gebühr|kosten|zahlung|zahlen|tasas?|gastos|arancel|abone|pagar|spese"
    r"|dazi|pagamento|paga |betaal|betaling|opłat|dopłat|\bcło\b|zapłać|taxa|portes|poplat"
    r"|platb|zaplat|doplat|uhrad|gebyr|betal|avgift|afgift|fragt|porto|moms|\bdíj|fizet"
)
# A clearance fee named as such needs no amount to be the lure when a link or voucher asks it.
_CLEARANCE = folded_pattern(
    r"inklaringskosten|frais de dédouanement|zollgebühr|spese di sdoganamento|opłat\w* cel"
    r"|tasas de aduana|desalfandegamento|vámkezelési díj|tollgebyr|tullavgift|celní poplat"
    r"|colný poplat|colné poplat"
)
_AMOUNT = folded_pattern(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euro|zł|pln)"
    r"|€\s?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]\d)"
)

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


def read_moves(folded: str, *, parcel: bool, opener: bool) -> list[tuple[re.Match[str], str]]:
    """The matches that name each round-17 move in `folded`, with the move's kind; `parcel`
    and `opener`: whether a cue word of `FEE_CUES` or `OPENER_CUES` is in it (found by the
    caller's one pass over all cues)."""
    found: list[tuple[re.Match[str], str]] = []
    if opener:
        boss = _opener(folded)
        if boss:
            found.append((boss, "executive opener"))
    if parcel:
        held = _held(folded)
        if held:
            found.append((held, "held parcel"))
    return found


def fee_match(folded: str) -> re.Match[str] | None:
    """A parcel or customs fee of a few euros, to be paid through a link."""
    parcel = _PARCEL.search(folded)
    if parcel is None or _FEE.search(folded) is None or LINK.search(folded) is None:
        return None
    if real_notice(folded):  # a carrier's own notice: its number, a due date, no same-day
        return None
    for amount in _AMOUNT.finditer(folded):
        digits = next(group for group in amount.groups() if group).replace(",", ".")
        if 0 < Decimal(digits) <= _CHEAP_FEE and not is_threshold(folded, amount.start()):
            return parcel
    if _cheap_local(folded):
        return parcel
    sums = [
        amount for amount in _AMOUNT.finditer(folded) if not is_threshold(folded, amount.start())
    ]
    if _CLEARANCE.search(folded) and not sums:
        return parcel
    return None


def _cheap_local(folded: str) -> bool:
    """A sum in crowns, forints or reais small enough to be the lure's fee."""
    for amount in _LOCAL_AMOUNT.finditer(folded):
        digits, currency = amount.group(1, 2) if amount.group(1) else amount.group(4, 3)
        value = Decimal(digits.replace(" ", "").replace(",", "."))
        if 0 < value <= _LOCAL_CHEAP.get(currency, 150):  # Nordic crowns: 150
            return not is_threshold(folded, amount.start())
    return False


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

"""What makes a European-language payment text a REAL notice, not the lure it looks like
(issue 15, round 17).

Owns three readings the European moves consult before they raise anything: (1) a real notice:
a named invoice, parcel or notice number and a due date (or a named club asking its members'
dues), with no same-day consequence and no new account: a link to pay is then the sender's
portal (a carrier's import-VAT notice, a club's iDEAL invoice), not the parcel-fee or
threatening-reminder move; (2) an amount that is a threshold ("valore inferiore a €22",
"über 150 EUR"), not a fee; (3) a sender announcing its OWN new account through proper channels
(its next invoice, a signed letter, confirm by phone with your usual contact, from a date) with
no pressure (today, confidential, "do not call", pay the pending invoice to it): Norway's police
and SpareBank 1 say to check such a change by phone, and a real announcement invites exactly
that. It must not raise anything itself; it only keeps honest texts low. Pure: folded text in,
booleans out.
"""

from __future__ import annotations

import re

from knowledge.scam.literals import Gated, gated
from knowledge.scam.normalise import fold

_LANGUAGES = (
    "French", "German", "Spanish", "Italian", "Dutch", "Polish", "Portuguese", "Czech",
    "Slovak", "Danish", "DanishNorwegian", "Norwegian", "Swedish", "Hungarian",
    # Round 20 (`new_account.py`, `outside_moves.py`): languages beyond Europe's.
    "Turkish", "Russian", "Vietnamese", "Indonesian", "Korean", "Arabic",
    "Chinese", "Japanese",  # round 22: paying off the platform (`outside_moves.py`)
)  # fmt: skip


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """`pattern` folded like the messages it reads (no upper-case escapes in it); its groups
    keep the languages' names as written."""
    folded = fold(pattern)[0]
    for language in _LANGUAGES:
        folded = folded.replace(f"(?p<{language.lower()}>", f"(?P<{language}>")
    return re.compile(folded)


def gated_pattern(pattern: str) -> Gated:
    """`folded_pattern`, asked only of texts holding a literal every match holds (a long
    list of words in many languages read through an English text for nothing cost up to
    1 ms per 4 KB: issue 15, round 22)."""
    return gated(folded_pattern(pattern))


_folded = folded_pattern

# A notice, warning, explainer or refusal about these very messages (the European readings
# drop every move in it; round 16, round 18's languages added).
WARNS = gated_pattern(
    r"arnaque|escroc|escroquer|fraud|hameçonn|phishing|betrug|betrüg|masche|warnung|warnen"
    r"|\bwarnt|estafa|\btimo\b|suplant|truffa|truffator|\bfrode|oplicht|waarschuw|oszust"
    r"|wyłudz|ostrzeg|\bnep|polizei|policía|polizia|politie|policj|gendarmerie|jamais"
    r"|niemals|nunca|\bnon\b[^.]{0,30}\bmai\b|nooit|nigdy|\bfaux |\bfalsche|\bfinto|\bfałszyw"
    # Round 18: Portuguese, Czech, Slovak, Scandinavian and Hungarian warnings.
    r"|golpe|burla|podvod|svindel|svindl|bedrägeri|bluff|csal|átver|nikdy|aldrig|\baldri\b"
    r"|\bsoha\b|policie|polícia|politi|polisen|rendőr|varuj|advar|varnar|figyelmeztet"
)

# A link, a file or a voucher to pay through: the way the lures collect.
LINK = _folded(
    r"https?://|www\.|\blien\b|cliquez|clique |cliquant|cliquer|\blink\b|klicken|enlace"
    r"|pulse aquí|pinche"
    r"|haga clic|clicca|\bklik|kliknij|paysafecard|\bpcs\b|\.zip\b|\.rar\b|télécharg"
    r"|herunterlad|descarg|scarica|download|pobierz|voucher|besuchen sie|visitez|bezoek"
    r"|odwiedź|(?<=[a-z0-9-])\.(?:net|com|info|top|xyz|online|site|shop|live|app)\b"
    # Round 18: Portuguese, Czech, Slovak, Scandinavian and Hungarian ways to say "the link".
    r"|clique|aceda|acesse|\bodkaz|\blenke|\blänk|\blinke?[nt]\b|linkre|kattint"
)


# A named number: "facture n° 2024-1187", "Rechnung Nr. 88412", "Sendung 00340434...".
_REFERENCE = _folded(
    r"(?:n°|nº|\bnr\b\.?|\bn\.|\bno\.|numéro|nummer|numer|número|numero|factuur|rechnung"
    r"|fattura|facture|factura|faktur|sendung|zending|spedizione|przesyłka|envío|colis"
    r"|avis de douane|číslo|\bč\.|encomenda|zásilk|zásielk|forsendelse|försändelse|küldemény"
    r"|csomag|fatura)[^\d\n]{0,12}\w{0,6}\d{4,}"
)
_DATE = _folded(
    r"\b\d{1,2}[./]\d{1,2}\b|\b\d{1,2}(?:er|°)?\.? (?:janv|févr|mars|avril|mai\b|juin|juil"
    r"|août|sept|oct|nov|déc|jan|feb|mär|apr|jun|jul|aug|sep|okt|dez|genn|febb|marz|magg"
    r"|giu|lug|ago|sett|ott|dic|ene|abr|mei|dec|stycz|lut|kwie|maj|czerw|lip|sierp|wrze"
    r"|paźdz|listop|grud)"
)
# A club asking its own members: the sender is named by what it is.
_CLUB = _folded(
    r"vereniging|penningmeester|contributie|mitgliedsbeitrag|\bvereins?\b|cotisation|adhérent"
    r"|quota associativa|associazione|składk|stowarzysz|cuota de soci"
)
_SAME_DAY = _folded(
    r"aujourd'hui|immédiat|sous 24|dans les 24|\b24 ?h|\bheute\b|sofort|umgehend|stunden"
    r"|\boggi\b|\bore\b|immediat|vandaag|binnen 24|\buur\b|meteen|\bdziś|dzisiaj|natychmiast"
    r"|godzin|\bhoy\b|\bhoras\b|inmediat|\bi dag\b|straks|\bhoje\b|imediat|\bdnes|ihned"
    r"|hodin|timer|timmar|\bidag\b|azonnal|órán"
)
# A voucher is never how a real notice is paid.
_VOUCHER = _folded(r"paysafecard|\bpcs\b|transcash|neosurf|cartes? cadeaux?|gutschein")
_NEW_ACCOUNT = _folded(
    r"nouveau (?:compte|rib|iban)|neue (?:bankverbindung|konto|iban)|nuovo (?:conto|iban)"
    r"|nueva cuenta|nuevo iban|nieuw rekeningnummer|nieuwe rekening|nowy numer konta"
    r"|nowe konto|nytt kontonummer|ny konto"
)
# Words before an amount that make it a threshold, not a fee.
_THRESHOLD = _folded(
    r"\b(?:(?:inférieur|supérieur|inferior|superior)\w*|moins de|plus de|au-delà de|unter"
    r"|über|ab|oltre|meer dan|minder dan|boven|onder|poniżej|powyżej|ponad|menos de|más de"
    r"|valeur|wert|valore|waarde|wartoś\w*|valor)\b[^\d\n]{0,12}$"
)
# How a real sender tells you about its own new account, and how you can check it.
_PROPER_CHANNEL = gated_pattern(
    r"prochaines? factures?|courrier signé|lettre signée|par courrier|par téléphone"
    r"|nächsten rechnung|auf (?:der|ihrer) rechnung|unterschrieben|per post|telefonisch"
    r"|prossim[ae] fattur|lettera firmata|per posta|telefonicamente|próxima factura"
    r"|carta firmada|correo postal|por teléfono|volgende factuur|op de factuur|ondertekende"
    r"|kolejnej fakturze|na fakturze|podpisan|pocztą|telefonicznie|na imiennym rachunku"
    r"|zgodnie z umową|på fakturaen|fremgå|framgå|neste faktura|ringe|avtalegiro"
)
_PRESSURE = _folded(
    r"urgent|aujourd'hui|immédiat|confidenti|discr[eè]t|dringend|heute|sofort|vertraulich"
    r"|urgencia|\bhoy\b|inmediat|confidencial|subito|\boggi\b|riservat|spoed|vandaag|meteen"
    r"|vertrouwelijk|pilni|pilne|natychmiast|\bdziś|poufn|\bi dag\b|straks|haster"
    r"|ne (?:nous )?(?:appelez|téléphonez) pas|rufen sie (?:uns )?nicht an|nicht anrufen"
    r"|non (?:ci )?chiam"
    r"|no (?:nos )?llame|niet (?:over )?(?:bellen|op)|bel (?:ons )?(?:hier )?niet|nie dzwo"
    r"|ikke ring|audit|prüfung|contrôle fiscal|controllo fiscale|en attente|offene rechnung"
    r"|in sospeso|pendiente|openstaande|zaległ|utestående"
)


def real_notice(folded: str) -> bool:
    """A named number and a due date (or a club's own dues), no same-day consequence and no
    new account: the link in it is the sender's way to pay, not a lure."""
    named = (_REFERENCE.search(folded) and _DATE.search(folded)) or _CLUB.search(folded)
    if not named:
        return False
    unusual = _SAME_DAY.search(folded) or _VOUCHER.search(folded)
    return not unusual and _NEW_ACCOUNT.search(folded) is None


def is_threshold(folded: str, start: int) -> bool:
    """Whether the amount at `start` is a limit ("below €22"), not a sum to pay."""
    return _THRESHOLD.search(folded[max(0, start - 24) : start]) is not None


def own_new_account_announced(folded: str) -> bool:
    """A sender's own new account, announced through channels you can check (its invoices, a
    signed letter, a call to your usual contact), with nothing pressing or hushed in it."""
    return _PROPER_CHANNEL.search(folded) is not None and _PRESSURE.search(folded) is None

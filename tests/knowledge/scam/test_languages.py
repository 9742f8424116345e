"""Payment diversion and executive requests read in other languages (issue 15, round 10).

Written cases (regression tests, not a quality figure): for each language, a supplier's
changed-account message is high risk with the finding said in English and naming the
language read, and its honest look-alikes (a refusal, a warning) stay low; an executive's
urgent payment request or opener is medium; traditional Chinese is read like simplified.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.scam.language_cues import LanguageCues, LanguagesCues
from knowledge.scam.languages import LanguageReader
from knowledge.scam.normalise import normalise
from knowledge.scam.scanner import Risk
from tests.knowledge.scam.support import red_flags, scan

DIVERSIONS = {
    "German": "Sehr geehrte Damen und Herren, unsere Bankverbindung hat sich geändert. Bitte "
    "überweisen Sie den offenen Betrag ab sofort auf das folgende Konto: IBAN DE12 3456.",
    "French": "Bonjour, nous vous informons que nos coordonnées bancaires ont changé. Veuillez "
    "effectuer le règlement de la facture sur notre nouveau RIB ci-dessous.",
    "Italian": "Buongiorno, vi informiamo che il nostro IBAN è cambiato. Vi preghiamo di "
    "effettuare il pagamento della fattura sul nuovo IBAN indicato di seguito.",
    "Spanish": "Estimado cliente, le informamos que hemos cambiado de banco. Por favor, realice "
    "el pago de la factura pendiente a nuestra nueva cuenta bancaria.",
    "Dutch": "Beste klant, ons rekeningnummer is gewijzigd. Gelieve de openstaande factuur over "
    "te maken naar ons nieuwe rekeningnummer NL91ABNA0417164300.",
    "Portuguese": "Prezado cliente, informamos que os nossos dados bancários foram alterados. "
    "Por favor, efetue o pagamento da fatura para a nova conta abaixo.",
    "Polish": "Dzień dobry, informujemy, że zmienił się nasz numer konta bankowego. Prosimy o "
    "dokonanie płatności na nowy numer rachunku podany poniżej.",
    "Czech": "Dobrý den, informujeme vás, že se změnilo naše číslo účtu. Prosíme, plaťte "
    "fakturu na nové číslo účtu uvedené níže.",
    "Swedish": "Hej, vi har bytt bank och vårt nya kontonummer är 1234-5678. Vänligen betala "
    "fakturan till det nya kontot.",
}

HONEST = {
    "German refusal": "Hallo, unsere Bankverbindung hat sich NICHT geändert. Bitte zahlen Sie "
    "wie gewohnt auf das bekannte Konto.",
    "German police": "Achtung Betrug: Kriminelle versenden E-Mails mit dem Hinweis, die "
    "Bankverbindung habe sich geändert. Die Polizei rät zur Vorsicht.",
    "French refusal": "Madame, Monsieur, nos coordonnées bancaires n'ont pas changé. Ne tenez "
    "pas compte de tout courriel vous indiquant un nouveau RIB.",
    "French listing": "Nous avons ajouté le paiement par virement : voici nos coordonnées "
    "bancaires (RIB) pour les nouvelles commandes.",
    "Italian refusal": "Gentile cliente, vi comunichiamo che le nostre coordinate bancarie non "
    "sono cambiate: non effettuate pagamenti su conti diversi.",
    "Italian usual account": "Ciao, la nuova fattura è allegata. Il pagamento va fatto sul "
    "solito conto corrente, le coordinate bancarie sono quelle di sempre.",
    "Spanish refusal": "Estimado cliente: nuestros datos bancarios no han cambiado. Si recibe "
    "un correo indicando una nueva cuenta, no realice el pago.",
    "Dutch warning": "Geachte klant, onze bankgegevens zijn niet gewijzigd. Let op: "
    "oplichters sturen valse facturen.",
    "Portuguese refusal": "Prezado cliente, nossos dados bancários não mudaram. Cuidado com "
    "e-mails falsos.",
    "German user account": "Hallo, bitte legen Sie ein neues Konto in unserem Portal an, "
    "damit wir Ihre Bestellung bearbeiten können.",
    "Spanish payment received": "Gracias por su pago de hoy. Le enviaremos la mercancía mañana.",
    "Dutch payment received": "Beste klant, wij hebben uw betaling vandaag ontvangen. Dank u wel.",
    "Dutch CEO-fraud explainer": 'CEO-fraude: de oplichter vraagt "kunt u vandaag een '
    'betaling doen?" Controleer altijd.',
}

REQUESTS = {
    "Dutch": "Kun je vandaag nog een betaling doen aan deze leverancier? Het is dringend.",
    "French": "Pouvez-vous effectuer un virement urgent aujourd'hui ? C'est confidentiel.",
    "Spanish": "¿Puedes hacer una transferencia hoy? Es urgente y confidencial.",
    "German": "Hallo Anna, bist du im Büro? Ich habe eine dringende Aufgabe für dich.",
    "Italian": "Ciao Marco, sei in ufficio? Ho bisogno di un favore urgente.",
    "Czech": "Můžeme dnes odeslat expresní platbu ve výši 9 800 EUR? Pozdravy",
}


@pytest.mark.parametrize("language", sorted(DIVERSIONS))
def test_a_changed_account_is_high_risk_and_names_the_language(language: str) -> None:
    result = scan(DIVERSIONS[language])
    assert result.risk is Risk.HIGH
    found = [f for f in result.findings if f.evidence.startswith(f"{language}:")]
    assert found
    assert found[0].category == "changed_bank_details"
    assert found[0].why.endswith(f"(Read in {language}.)")
    assert found[0].what_to_do.startswith("Do not pay the new account")  # advice in English
    assert found[0].excerpt in DIVERSIONS[language]  # quoted as written


@pytest.mark.parametrize("name", sorted(HONEST))
def test_honest_look_alikes_stay_low(name: str) -> None:
    assert scan(HONEST[name]).risk is Risk.LOW, name


@pytest.mark.parametrize("language", sorted(REQUESTS))
def test_an_executive_request_or_opener_is_medium(language: str) -> None:
    result = scan(REQUESTS[language])
    assert result.risk is not Risk.LOW
    found = [f for f in result.findings if f.evidence.startswith(f"{language}:")]
    assert found
    assert found[0].category in {"unusual_transfer", "pressing_request"}


def test_a_short_chat_line_is_read() -> None:
    """A phone-length line has few common words: the language's own words open the gate."""
    assert scan("Nouveau RIB!!! veuillez payer 2k € svp").risk is Risk.HIGH
    assert scan("<b>Unsere</b> Bankverbindung hat sich geändert").risk is Risk.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Vi preghiamo di effettuare il pagamento sul nostro nuovo IBAN, non esitate a "
        "contattarci.",
        "Unsere neue Bankverbindung finden Sie unten, zögern Sie nicht, uns anzurufen.",
        "Nos coordonnées bancaires ont changé, n'hésitez pas à nous contacter.",
        "Nuestra nueva cuenta bancaria es la siguiente, no dude en contactarnos.",
    ],
)
def test_a_polite_formula_is_not_a_refusal(text: str) -> None:
    """ "Do not hesitate to contact us" refuses nothing: the change still counts."""
    assert scan(text).risk is Risk.HIGH


def test_no_longer_is_not_a_refusal() -> None:
    """ "Nicht mehr auf das alte Konto" asks to stop paying the old account: a diversion."""
    text = (
        "Bitte überweisen Sie nicht mehr auf das alte Konto, sondern auf unsere neue "
        "Bankverbindung."
    )
    assert scan(text).risk is Risk.HIGH


def test_text_without_accents_reads_the_same() -> None:
    german = "Unsere Bankverbindung hat sich geaendert, bitte kuenftig folgende IBAN verwenden."
    french = "Nos coordonnees bancaires ont change, veuillez utiliser le nouveau RIB ci-dessous."
    assert scan(german).risk is Risk.HIGH
    assert scan(french).risk is Risk.HIGH


def test_english_text_never_opens_the_language_gate() -> None:
    reader = LanguageReader(red_flags().foreign)
    text = ("Please note our bank details have changed. The new IBAN is below; from today pay "
            "the invoice to it. We need the payment today, can you send it?")  # fmt: skip
    message = normalise(text * 20)
    assert reader.find(message.words, message.sentence) == []


@pytest.mark.parametrize(
    ("traditional", "expected"),
    [
        ("我們公司的收款帳戶已變更，請匯款到以下新帳戶。", Risk.HIGH),
        ("我換號碼了, 收到請回復。在忙嗎?有件事想讓你幫忙處理一下。", Risk.MEDIUM),
        ("請注意：本公司帳戶從未變更，謹防詐騙。", Risk.LOW),
    ],
)
def test_traditional_chinese_is_read_like_simplified(traditional: str, expected: Risk) -> None:
    result = scan(traditional)
    assert result.risk is expected
    assert all(f.excerpt in traditional for f in result.findings)


def test_the_lexicon_is_validated() -> None:
    base = red_flags().foreign.languages[0].model_dump()
    with pytest.raises(ValidationError):
        LanguagesCues(languages=(LanguageCues(**base), LanguageCues(**base)))
    with pytest.raises(ValidationError):
        LanguageCues(**{**base, "markers": ("zwei wörter", *base["markers"])})
    with pytest.raises(ValidationError):
        LanguageCues(**{**base, "code": "deu"})


def test_every_language_reads_its_own_written_diversion() -> None:
    """Each language in the data file has a written case above, and each case is read in its
    own language (not caught by another language's list)."""
    names = {language.name for language in red_flags().foreign.languages}
    assert set(DIVERSIONS) <= names
    reader = LanguageReader(red_flags().foreign)
    for language, text in DIVERSIONS.items():
        message = normalise(text)
        hits = reader.find(message.words, message.sentence)
        assert [hit.language for hit in hits if hit.kind == "diversion"] == [language]
